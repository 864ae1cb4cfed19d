package pl.wspolnie.competitions.domain.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import pl.wspolnie.shared.audit.JstScoped;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The evaluation of a contracted task with its beneficiaries (issue 19 point 3): its
 * questions are a diagnosis survey owned by the contract, answered through single-use
 * codes the organisation hands out, until its end date.
 */
@Entity
@Table(name = "competition_task_evaluation")
public class TaskEvaluation implements JstScoped {

    @Id
    @Column(name = "offer_id")
    private Long offerId;

    @Column(name = "jst_id", updatable = false)
    private Long jstId;

    @Column(name = "survey_id", updatable = false)
    private Long surveyId;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "set_up_by", updatable = false)
    private Long setUpBy;

    @Column(name = "set_up_at", updatable = false)
    private Instant setUpAt;

    @Version
    private long version;

    protected TaskEvaluation() {
    }

    TaskEvaluation(Contract contract, long surveyId, LocalDate endsOn, long setUpBy, Instant now) {
        this.offerId = contract.getOfferId();
        this.jstId = contract.auditJstId();
        this.surveyId = surveyId;
        this.endsOn = endsOn;
        this.setUpBy = setUpBy;
        this.setUpAt = now;
    }

    /** The owner reference of its survey in the diagnosis module. */
    static String ownerRef(long offerId) {
        return TaskEvaluations.OWNER_KIND + ":" + offerId;
    }

    @Override
    public Long auditJstId() {
        return jstId;
    }

    public Long getOfferId() {
        return offerId;
    }

    public Long getSurveyId() {
        return surveyId;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public Instant getSetUpAt() {
        return setUpAt;
    }

}
