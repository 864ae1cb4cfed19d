package pl.wspolnie.competitions.domain.contract;

import pl.wspolnie.shared.domain.StateConflict;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import pl.wspolnie.shared.domain.JstRecord;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A partial or final report on a contract; the settlement amounts are recorded when the
 * official accepts it.
 */
@Entity
@Table(name = "competition_report")
public class Report extends JstRecord {

    public enum Kind {

        PARTIAL, FINAL

    }

    public enum Status {

        DRAFT, SUBMITTED, CORRECTIONS, ACCEPTED, REJECTED

    }

    @Column(name = "offer_id")
    private Long offerId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String content;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note")
    private String decisionNote;

    @Column(name = "unused_grant")
    private BigDecimal unusedGrant;

    @Column(name = "above_share")
    private BigDecimal aboveShare;

    @Column(name = "to_return")
    private BigDecimal toReturn;

    @Column(name = "period_from")
    private LocalDate periodFrom;

    @Column(name = "period_to")
    private LocalDate periodTo;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Version
    private long version;

    protected Report() {
    }

    public Report(long offerId, long jstId, Kind kind, String content, Instant now) {
        super(jstId);
        this.offerId = offerId;
        this.kind = kind;
        this.status = Status.DRAFT;
        this.content = content;
        this.createdAt = now;
    }

    /** The report covering a period, due by a day. */
    Report(long offerId, long jstId, Kind kind, String content, Instant now, LocalDate periodFrom, LocalDate periodTo,
            LocalDate dueOn) {
        this(offerId, jstId, kind, content, now);
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.dueOn = dueOn;
    }

    public boolean isEditable() {
        return status == Status.DRAFT || status == Status.CORRECTIONS;
    }

    public void save(String content, boolean submit, Instant now) {
        if (!isEditable()) {
            throw new StateConflict("competitions.conflict.reportStatus", "report " + getId() + " is " + status);
        }
        this.content = content;
        if (submit) {
            status = Status.SUBMITTED;
            submittedAt = now;
        }
    }

    void decide(Status result, String note, Instant now) {
        if (status != Status.SUBMITTED) {
            throw new StateConflict("competitions.conflict.reportStatus", "report " + getId() + " is " + status);
        }
        status = result;
        decisionNote = note;
        decidedAt = now;
    }

    void settle(BigDecimal unused, BigDecimal above, BigDecimal toReturn) {
        this.unusedGrant = unused;
        this.aboveShare = above;
        this.toReturn = toReturn;
    }

    public Long getOfferId() {
        return offerId;
    }

    public Kind getKind() {
        return kind;
    }

    public Status getStatus() {
        return status;
    }

    public String getContent() {
        return content;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public BigDecimal getUnusedGrant() {
        return unusedGrant;
    }

    public BigDecimal getAboveShare() {
        return aboveShare;
    }

    public BigDecimal getToReturn() {
        return toReturn;
    }

    /** The first day the report covers (null for the reports started before V19_15). */
    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    /** The day by which it is due (null for the reports started before V19_15). */
    public LocalDate getDueOn() {
        return dueOn;
    }

}
