package pl.wspolnie.competitions.domain.contract;

import pl.wspolnie.competitions.domain.AnsweredOnce;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import pl.wspolnie.shared.audit.JstScoped;
import pl.wspolnie.shared.domain.StateConflict;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A recommendation after a control, always with the deadline by which the contractor
 * carries it out; the contractor answers it once.
 */
@Entity
@Table(name = "contract_control_recommendation")
public class ControlRecommendation extends AnsweredOnce implements JstScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "control_id", updatable = false)
    private Long controlId;

    @Column(name = "jst_id", updatable = false)
    private Long jstId;

    private String text;

    private LocalDate deadline;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    protected ControlRecommendation() {
    }

    ControlRecommendation(ContractControl control, String text, LocalDate deadline, long by, Instant now) {
        this.controlId = control.getId();
        this.jstId = control.auditJstId();
        this.text = text;
        this.deadline = deadline;
        this.createdBy = by;
        this.createdAt = now;
    }

    /** The contractor's answer, once (409 after). */
    void answer(String answer, long by, Instant now) {
        recordAnswer(answer, by, now,
                () -> new StateConflict("competitions.control.alreadyAnswered", "recommendation " + id + " answered"));
    }

    @Override
    public Long auditJstId() {
        return jstId;
    }

    public Long getId() {
        return id;
    }

    public Long getControlId() {
        return controlId;
    }

    public String getText() {
        return text;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

}
