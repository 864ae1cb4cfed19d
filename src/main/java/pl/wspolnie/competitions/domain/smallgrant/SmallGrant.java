package pl.wspolnie.competitions.domain.smallgrant;

import pl.wspolnie.shared.text.Formats;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import pl.wspolnie.shared.audit.JstScoped;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.domain.StateConflict;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The procedure of art. 19a for a submitted small-grant offer: the official judges
 * whether the task is purposeful (celowość); a purposeful offer is published for 7 days
 * in which anyone may send a remark; after them, and with every remark answered, the
 * decision.
 *
 * <p>
 * The 7 days are counted as the Civil Code counts a period in days (art. 111 § 2, which
 * the Act follows): the day of publication is not counted, so an offer published on 1
 * March may be remarked on until the end of 8 March and decided from 9 March.
 */
@Entity
@Table(name = "small_grant")
public class SmallGrant implements JstScoped {

    /** The days of publication for remarks (art. 19a ust. 3 and 5). */
    public static final int REMARK_DAYS = 7;

    @Id
    @Column(name = "offer_id")
    private Long offerId;

    @Column(name = "jst_id")
    private Long jstId;

    @Column(name = "organization_id")
    private Long organizationId;

    @Enumerated(EnumType.STRING)
    private SmallGrantStatus status;

    @Column(name = "offer_date")
    private LocalDate offerDate;

    @Column(name = "judged_by")
    private Long judgedBy;

    @Column(name = "judged_at")
    private Instant judgedAt;

    @Column(name = "judgement_reason")
    private String judgementReason;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Column(name = "remarks_until")
    private LocalDate remarksUntil;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason")
    private String decisionReason;

    private BigDecimal amount;

    @Column(name = "period_from")
    private LocalDate periodFrom;

    @Column(name = "period_to")
    private LocalDate periodTo;

    @Version
    private long version;

    protected SmallGrant() {
    }

    SmallGrant(long offerId, long jstId, long organizationId, LocalDate offerDate, BigDecimal amount,
            LocalDate periodFrom, LocalDate periodTo) {
        this.offerId = offerId;
        this.jstId = jstId;
        this.organizationId = organizationId;
        this.offerDate = offerDate;
        this.amount = amount;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.status = SmallGrantStatus.SUBMITTED;
    }

    /**
     * The official's judgement of purposefulness, with its reason: purposeful → published
     * today for 7 days; else closed.
     */
    void judge(boolean purposeful, String reason, long officialId, Instant now, LocalDate today) {
        if (status != SmallGrantStatus.SUBMITTED) {
            throw new StateConflict("smallgrants.conflict.judged", "small grant " + offerId + " is " + status);
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "smallgrants.judge.reason.required");
        }
        judgedBy = officialId;
        judgedAt = now;
        judgementReason = reason.strip();
        if (purposeful) {
            status = SmallGrantStatus.PUBLISHED;
            publishedOn = today;
            remarksUntil = today.plusDays(REMARK_DAYS);
        }
        else {
            status = SmallGrantStatus.NOT_PURPOSEFUL;
        }
    }

    /** Remarks are taken from the day of publication to the end of the seventh day. */
    public boolean acceptsRemarks(LocalDate today) {
        return status == SmallGrantStatus.PUBLISHED && !today.isAfter(remarksUntil);
    }

    /** The decision may be taken once the 7 days have ended. */
    public boolean remarkPeriodOver(LocalDate today) {
        return remarksUntil != null && today.isAfter(remarksUntil);
    }

    /**
     * The decision: only on a published offer, after its 7 days, with every remark
     * answered ({@code unanswered} counted by the caller).
     */
    void decide(boolean award, String reason, long unanswered, long officialId, Instant now, LocalDate today) {
        requireDecidable(unanswered, today);
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "smallgrants.decide.reason.required");
        }
        decidedBy = officialId;
        decidedAt = now;
        decisionReason = reason.strip();
        status = award ? SmallGrantStatus.AWARDED : SmallGrantStatus.REFUSED;
    }

    /**
     * Refuses a decision on an offer not published, before its 7 days end, or with a
     * remark unanswered.
     */
    void requireDecidable(long unanswered, LocalDate today) {
        if (status != SmallGrantStatus.PUBLISHED) {
            throw new StateConflict("smallgrants.conflict.notPublished", "small grant " + offerId + " is " + status);
        }
        if (!remarkPeriodOver(today)) {
            throw new RuleViolation(null, "smallgrants.decide.tooEarly", new Formats().date(remarksUntil.plusDays(1)));
        }
        if (unanswered > 0) {
            throw new RuleViolation(null, "smallgrants.decide.unansweredRemarks", unanswered);
        }
    }

    @Override
    public Long auditJstId() {
        return jstId;
    }

    public Long getOfferId() {
        return offerId;
    }

    public Long getJstId() {
        return jstId;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public SmallGrantStatus getStatus() {
        return status;
    }

    public LocalDate getOfferDate() {
        return offerDate;
    }

    public String getJudgementReason() {
        return judgementReason;
    }

    public Instant getJudgedAt() {
        return judgedAt;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public LocalDate getRemarksUntil() {
        return remarksUntil;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

}
