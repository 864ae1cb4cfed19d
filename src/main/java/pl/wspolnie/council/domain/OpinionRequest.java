package pl.wspolnie.council.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import pl.wspolnie.shared.domain.JstRecord;
import pl.wspolnie.shared.domain.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A request for the council's opinion on a draft (programme, strategy, local law),
 * optionally tied to its consultation. REQUESTED until the council gives its opinion
 * (GIVEN) or the deadline passes (LAPSED: no opinion within the deadline; silence means
 * no opinion).
 */
@Entity
@Table(name = "council_opinion_request")
public class OpinionRequest extends JstRecord {

    public enum Status {

        REQUESTED, GIVEN, LAPSED, WITHDRAWN

    }

    private String subject;

    @Column(name = "consultation_id")
    private Long consultationId;

    @Column(name = "requested_at", updatable = false)
    private Instant requestedAt;

    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String opinion;

    @Column(name = "decided_at")
    private Instant decidedAt;

    /**
     * When the council members were told of the request (the deadline runs from then).
     */
    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Version
    private long version;

    protected OpinionRequest() {
    }

    OpinionRequest(long jstId, String subject, Long consultationId, Instant at, LocalDate deadline) {
        super(jstId);
        this.subject = subject;
        this.consultationId = consultationId;
        this.requestedAt = at;
        this.deadline = deadline;
        this.status = Status.REQUESTED;
    }

    /**
     * The status as of today: a request past its deadline counts as lapsed even before
     * the nightly job runs.
     */
    public Status statusOn(LocalDate today) {
        return status == Status.REQUESTED && today.isAfter(deadline) ? Status.LAPSED : status;
    }

    void give(String text, LocalDate today, Instant at) {
        Status now = statusOn(today);
        if (now == Status.LAPSED) {
            throw new RuleViolation(null, "council.opinion.lapsed");
        }
        if (now == Status.GIVEN) {
            throw new RuleViolation(null, "council.opinion.alreadyGiven");
        }
        if (now == Status.WITHDRAWN) {
            throw new RuleViolation(null, "council.opinion.withdrawn");
        }
        this.opinion = text;
        this.status = Status.GIVEN;
        this.decidedAt = at;
    }

    /**
     * Only a request still waiting (not answered, not lapsed, not withdrawn) may be
     * corrected or withdrawn.
     */
    private void requireWaiting(LocalDate today) {
        if (statusOn(today) != Status.REQUESTED) {
            throw new RuleViolation(null, "council.opinion.notWaiting");
        }
    }

    void edit(String subject, Long consultationId, LocalDate today) {
        requireWaiting(today);
        this.subject = subject;
        this.consultationId = consultationId;
    }

    void withdraw(LocalDate today, Instant at) {
        requireWaiting(today);
        this.status = Status.WITHDRAWN;
        this.decidedAt = at;
    }

    /**
     * The members were told: the deadline is counted again from the day of delivery
     * (never shortened, and not for a request already answered or withdrawn).
     */
    void delivered(Instant at, LocalDate deadlineFromDelivery) {
        if (deliveredAt == null && status == Status.REQUESTED) {
            deliveredAt = at;
            if (deadlineFromDelivery.isAfter(deadline)) {
                deadline = deadlineFromDelivery;
            }
        }
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }

    boolean lapseIfOverdue(LocalDate today, Instant at) {
        if (status == Status.REQUESTED && today.isAfter(deadline)) {
            status = Status.LAPSED;
            decidedAt = at;
            return true;
        }
        return false;
    }

    public String getSubject() {
        return subject;
    }

    public Long getConsultationId() {
        return consultationId;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public Status getStatus() {
        return status;
    }

    public String getOpinion() {
        return opinion;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

}
