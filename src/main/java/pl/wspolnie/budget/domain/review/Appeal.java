package pl.wspolnie.budget.domain.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import pl.wspolnie.budget.domain.ProjectRecord;
import pl.wspolnie.shared.domain.StateConflict;

import java.time.Instant;

/**
 * The author's appeal (odwołanie) against a negative result of a review, or against a
 * conflict's decision that left the project out, with its reason; decided once by an
 * official of the gmina other than the one who gave the result or decided the conflict.
 * Upheld: the project goes on as if the result were positive (or the decision had chosen
 * it too); dismissed: it stays off.
 */
@Entity
@Table(name = "budget_appeal")
public class Appeal extends ProjectRecord {

    @Column(name = "review_id", updatable = false)
    private Long reviewId;

    @Column(name = "conflict_id", updatable = false)
    private Long conflictId;

    @Column(name = "author_id", nullable = false, updatable = false)
    private Long authorId;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "filed_at", nullable = false, updatable = false)
    private Instant filedAt;

    private Boolean upheld;

    @Column(name = "decision_reasons")
    private String decisionReasons;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected Appeal() {
    }

    Appeal(Review review, long authorId, String reason, Instant now) {
        super(review.auditJstId(), review.getEditionId(), review.getProjectId());
        this.reviewId = review.getId();
        this.authorId = authorId;
        this.reason = reason.strip();
        this.filedAt = now;
    }

    Appeal(Conflict conflict, long projectId, long authorId, String reason, Instant now) {
        super(conflict.auditJstId(), conflict.getEditionId(), projectId);
        this.conflictId = conflict.getId();
        this.authorId = authorId;
        this.reason = reason.strip();
        this.filedAt = now;
    }

    /** Records the decision, once. */
    void decide(boolean upheld, String reasons, long by, Instant now) {
        if (isDecided()) {
            throw new StateConflict("budget.appeal.alreadyDecided", "appeal " + getId());
        }
        this.upheld = upheld;
        this.decisionReasons = reasons.strip();
        this.decidedBy = by;
        this.decidedAt = now;
    }

    public boolean isDecided() {
        return upheld != null;
    }

    public Long getReviewId() {
        return reviewId;
    }

    /** The conflict whose decision is appealed against, or null (a review's result). */
    public Long getConflictId() {
        return conflictId;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public String getReason() {
        return reason;
    }

    public Instant getFiledAt() {
        return filedAt;
    }

    public Boolean getUpheld() {
        return upheld;
    }

    public String getDecisionReasons() {
        return decisionReasons;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

}
