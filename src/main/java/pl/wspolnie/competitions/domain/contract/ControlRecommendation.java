package pl.wspolnie.competitions.domain.contract;

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
public class ControlRecommendation implements JstScoped {

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

    private String answer;

    @Column(name = "answered_by")
    private Long answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

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
        if (isAnswered()) {
            throw new StateConflict("competitions.control.alreadyAnswered", "recommendation " + id + " answered");
        }
        this.answer = answer;
        this.answeredBy = by;
        this.answeredAt = now;
    }

    public boolean isAnswered() {
        return answeredAt != null;
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

    public String getAnswer() {
        return answer;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

}
