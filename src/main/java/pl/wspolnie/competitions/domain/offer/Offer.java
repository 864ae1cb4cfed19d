package pl.wspolnie.competitions.domain.offer;

import pl.wspolnie.competitions.domain.announcement.Competition;

import pl.wspolnie.shared.domain.StateConflict;
import pl.wspolnie.shared.domain.RuleViolation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.EnumSet;

/**
 * An offer of one or more organisations (a joint offer) in a competition. While a draft,
 * its form content is kept as typed (JSON of the form); submission freezes it into an
 * immutable {@link OfferVersion}.
 */
@Entity
@Table(name = "offer")
public class Offer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "competition_id")
    private Long competitionId;

    @Column(name = "task_id")
    private Long taskId;

    @Column(name = "lead_organization_id")
    private Long leadOrganizationId;

    private String title;

    @Enumerated(EnumType.STRING)
    private OfferStatus status;

    private String draft;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "formal_result")
    private FormalResult formalResult = FormalResult.PENDING;

    @Column(name = "formal_checks")
    private String formalChecks;

    @Column(name = "formal_note")
    private String formalNote;

    @Column(name = "formal_reviewed_by")
    private Long formalReviewedBy;

    @Column(name = "formal_reviewed_at")
    private Instant formalReviewedAt;

    @Column(name = "correction_deadline")
    private Instant correctionDeadline;

    @Column(name = "correction_sections")
    private String correctionSections;

    @Enumerated(EnumType.STRING)
    private OfferMode mode = OfferMode.COMPETITION;

    /** The JST a small-grant offer is made to (null for a competition's offer). */
    @Column(name = "jst_id")
    private Long jstId;

    /** The sphere of public benefit of a small-grant offer's task. */
    @Column(name = "sphere_code")
    private String sphereCode;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "offer_organization", joinColumns = @JoinColumn(name = "offer_id"))
    @Column(name = "organization_id")
    private Set<Long> organizationIds = new HashSet<>();

    protected Offer() {
    }

    public Offer(long competitionId, long leadOrganizationId, String title, String draft, long createdBy, Instant now) {
        this.competitionId = competitionId;
        this.leadOrganizationId = leadOrganizationId;
        this.title = title;
        this.draft = draft;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
        this.status = OfferStatus.DRAFT;
        this.organizationIds.add(leadOrganizationId);
    }

    /**
     * A small grant's offer (art. 19a): made to a JST outside any competition, at any
     * time of the year.
     */
    public static Offer smallGrant(long jstId, long leadOrganizationId, String title, String draft, long createdBy,
            Instant now) {
        Offer offer = new Offer();
        offer.mode = OfferMode.SMALL_GRANT;
        offer.jstId = jstId;
        offer.leadOrganizationId = leadOrganizationId;
        offer.title = title;
        offer.draft = draft;
        offer.createdBy = createdBy;
        offer.createdAt = now;
        offer.updatedAt = now;
        offer.status = OfferStatus.DRAFT;
        offer.organizationIds.add(leadOrganizationId);
        return offer;
    }

    /**
     * Keeps what a small grant's offeror typed (a draft only: else a state conflict),
     * with the sphere of the task.
     */
    public void saveSmallGrantDraft(String draftJson, String title, String sphereCode, Instant now) {
        requireDraft();
        this.draft = draftJson;
        this.title = title == null || title.isBlank() ? this.title : title.strip();
        this.sphereCode = sphereCode == null || sphereCode.isBlank() ? null : sphereCode;
        this.updatedAt = now;
    }

    public boolean isSmallGrant() {
        return mode == OfferMode.SMALL_GRANT;
    }

    /**
     * Keeps what was typed; only a draft or an offer under correction changes (a
     * submitted offer → 409).
     */
    public void saveDraft(String draftJson, String title, Long taskId, Set<Long> coOfferors, Instant now) {
        requireEditable();
        this.draft = draftJson;
        this.title = title == null || title.isBlank() ? this.title : title.strip();
        this.taskId = taskId;
        this.organizationIds.retainAll(Set.of(leadOrganizationId));
        this.organizationIds.addAll(coOfferors);
        this.updatedAt = now;
    }

    public void submitted(Instant now) {
        requireEditable();
        if (status == OfferStatus.CORRECTION) {
            // The corrected version waits for a new formal review.
            formalResult = FormalResult.PENDING;
            correctionSections = null;
        }
        status = OfferStatus.SUBMITTED;
        submittedAt = now;
        updatedAt = now;
    }

    /**
     * The offeror may withdraw the offer now: while the call accepts offers, unless it is
     * withdrawn already ({@link #withdraw} refuses the rest).
     */
    public boolean mayBeWithdrawn(Competition competition, Instant now) {
        return competition.acceptsOffers(now) && status != OfferStatus.WITHDRAWN;
    }

    /**
     * The offeror may reopen the withdrawn offer as a draft now: while the call accepts
     * offers ({@link #reopen} refuses the rest).
     */
    public boolean mayBeReopened(Competition competition, Instant now) {
        return competition.acceptsOffers(now) && status == OfferStatus.WITHDRAWN;
    }

    /**
     * The decision awarded less than requested: the offeror updates the cost table and
     * schedule (III, V).
     */
    public void openBudgetUpdate(Instant now) {
        if (status != OfferStatus.SUBMITTED) {
            throw new StateConflict("competitions.conflict.offerStatus", "offer " + id + " is " + status);
        }
        status = OfferStatus.BUDGET_UPDATE;
        updatedAt = now;
    }

    public boolean isUnderBudgetUpdate() {
        return status == OfferStatus.BUDGET_UPDATE;
    }

    void withdraw(Competition competition, Instant now) {
        if (!competition.acceptsOffers(now)) {
            throw new RuleViolation(null, "competitions.withdraw.afterDeadline");
        }
        if (status == OfferStatus.WITHDRAWN) {
            throw new StateConflict("competitions.conflict.offerWithdrawn", "offer " + id + " already withdrawn");
        }
        status = OfferStatus.WITHDRAWN;
        withdrawnAt = now;
        updatedAt = now;
    }

    /**
     * A withdrawn offer becomes a draft again (before the deadline): the offeror may
     * change and submit it anew; its earlier versions stay.
     */
    void reopen(Competition competition, Instant now) {
        if (!competition.acceptsOffers(now)) {
            throw new RuleViolation(null, "competitions.reopen.afterDeadline");
        }
        if (status != OfferStatus.WITHDRAWN) {
            throw new StateConflict("competitions.conflict.offerNotWithdrawn", "offer " + id + " is not withdrawn");
        }
        status = OfferStatus.DRAFT;
        withdrawnAt = null;
        updatedAt = now;
    }

    /**
     * The official's formal review: the checklist (JSON of booleans), a note and the
     * result.
     */
    public void recordFormalReview(FormalResult result, String checks, String note, long reviewerId, Instant now) {
        if (status != OfferStatus.SUBMITTED) {
            throw new StateConflict("competitions.conflict.offerStatus", "offer " + id + " is " + status);
        }
        formalResult = result;
        formalChecks = checks;
        formalNote = note;
        formalReviewedBy = reviewerId;
        formalReviewedAt = now;
    }

    /**
     * Unlocks the named sections until the deadline; the offeror corrects them and
     * submits a new version.
     */
    void callForCorrections(Set<OfferSection> sections, Instant deadline, String checks, String note, long reviewerId,
            Instant now) {
        recordFormalReview(FormalResult.CORRECTIONS_REQUESTED, checks, note, reviewerId, now);
        status = OfferStatus.CORRECTION;
        correctionDeadline = deadline;
        correctionSections = OfferSection.format(sections);
    }

    public Set<OfferSection> unlockedSections() {
        if (status == OfferStatus.BUDGET_UPDATE) {
            return EnumSet.of(OfferSection.III, OfferSection.V);
        }
        return status == OfferStatus.CORRECTION ? OfferSection.parse(correctionSections)
                : Set.of(OfferSection.values());
    }

    /**
     * A draft before the deadline, or an offer under correction before the correction
     * deadline.
     */
    public boolean isEditable(Competition competition, Instant now) {
        return switch (status) {
            case DRAFT -> competition.acceptsOffers(now);
            case CORRECTION -> !now.isAfter(correctionDeadline);
            case BUDGET_UPDATE -> true;
            default -> false;
        };
    }

    /**
     * A draft, an offer under a call for corrections, or one whose budget is being
     * updated after the decision.
     */
    public boolean isInEditableState() {
        return status == OfferStatus.DRAFT || status == OfferStatus.CORRECTION || status == OfferStatus.BUDGET_UPDATE;
    }

    /**
     * Refuses a change of an offer in any other state (submitted, withdrawn, decided): a
     * state conflict.
     */
    public void requireEditable() {
        if (!isInEditableState()) {
            throw new StateConflict("competitions.conflict.offerStatus", "offer " + id + " is " + status);
        }
    }

    /**
     * The offeror may still change the offer now: in an editable state (else a state
     * conflict) and before the offer deadline, or the correction deadline under a call
     * for corrections (else the rule's message).
     */
    void requireOpenForChanges(Competition competition, Instant now) {
        requireEditable();
        if (!isEditable(competition, now)) {
            throw new RuleViolation(null, status == OfferStatus.CORRECTION ? "competitions.correction.afterDeadline"
                    : "competitions.submit.afterDeadline");
        }
    }

    public void requireDraft() {
        if (status != OfferStatus.DRAFT) {
            throw new StateConflict("competitions.conflict.offerStatus", "offer " + id + " is " + status);
        }
    }

    public Long getId() {
        return id;
    }

    /**
     * The optimistic-lock version: the offer form sends it back so an autosave never
     * overwrites a newer save.
     */
    public long getVersion() {
        return version;
    }

    public Long getCompetitionId() {
        return competitionId;
    }

    public OfferMode getMode() {
        return mode;
    }

    public Long getJstId() {
        return jstId;
    }

    public String getSphereCode() {
        return sphereCode;
    }

    public Long getTaskId() {
        return taskId;
    }

    public Long getLeadOrganizationId() {
        return leadOrganizationId;
    }

    public String getTitle() {
        return title;
    }

    public OfferStatus getStatus() {
        return status;
    }

    public String getDraft() {
        return draft;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public FormalResult getFormalResult() {
        return formalResult;
    }

    public String getFormalChecks() {
        return formalChecks;
    }

    public String getFormalNote() {
        return formalNote;
    }

    public Instant getFormalReviewedAt() {
        return formalReviewedAt;
    }

    public Instant getCorrectionDeadline() {
        return correctionDeadline;
    }

    public Set<Long> getOrganizationIds() {
        return organizationIds;
    }

}
