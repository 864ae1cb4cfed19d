package pl.wspolnie.competitions.domain.announcement;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import pl.wspolnie.shared.domain.JstRecord;
import pl.wspolnie.shared.time.ClockConfig;
import pl.wspolnie.shared.domain.RuleViolation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An open competition for offers (otwarty konkurs ofert) of one JST: drafted by an
 * official, then published.
 */
@Entity
@Table(name = "competition")
public class Competition extends JstRecord {

    private String title;

    private String description;

    @Enumerated(EnumType.STRING)
    private CompetitionMode mode;

    @Column(name = "min_own_contribution_pct")
    private BigDecimal minOwnContributionPct;

    @Column(name = "min_grant")
    private BigDecimal minGrant;

    @Column(name = "max_grant")
    private BigDecimal maxGrant;

    @Column(name = "admin_cost_cap_pct")
    private BigDecimal adminCostCapPct;

    @Column(name = "period_from")
    private LocalDate periodFrom;

    @Column(name = "period_to")
    private LocalDate periodTo;

    @Column(name = "offer_deadline")
    private Instant offerDeadline;

    @Column(name = "funding_last_year")
    private BigDecimal fundingLastYear;

    @Column(name = "funding_this_year")
    private BigDecimal fundingThisYear;

    @Column(name = "choice_procedure")
    private String choiceProcedure;

    @Column(name = "choice_date")
    private LocalDate choiceDate;

    private String conditions;

    @Column(name = "grant_rules")
    private String grantRules = "";

    @Column(name = "evaluation_required")
    private boolean evaluationRequired;

    @Column(name = "required_attachments")
    private String requiredAttachments;

    @Column(name = "formal_criteria")
    private String formalCriteria = "";

    @Enumerated(EnumType.STRING)
    private CompetitionStatus status;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "annulled_at")
    private Instant annulledAt;

    @Column(name = "annulment_reason")
    private String annulmentReason;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "scoring_notified_at")
    private Instant scoringNotifiedAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "competition_id", nullable = false)
    @OrderBy("position")
    private List<CompetitionTask> tasks = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "competition_id", nullable = false)
    @OrderBy("position")
    private List<CompetitionCriterion> criteria = new ArrayList<>();

    protected Competition() {
    }

    public Competition(long jstId, long createdBy, Instant now, Announcement a) {
        super(jstId);
        this.createdBy = createdBy;
        this.createdAt = now;
        this.status = CompetitionStatus.DRAFT;
        apply(a);
    }

    /**
     * Replaces the announcement's content; only a draft may change (a published call is
     * binding).
     */
    void update(Announcement a) {
        if (status != CompetitionStatus.DRAFT) {
            throw new RuleViolation(null, "competitions.edit.notDraft");
        }
        apply(a);
    }

    private void apply(Announcement a) {
        title = a.title();
        description = a.description();
        mode = a.mode();
        minOwnContributionPct = a.mode() == CompetitionMode.SUPPORTING ? a.minOwnContributionPct() : null;
        minGrant = a.minGrant();
        maxGrant = a.maxGrant();
        adminCostCapPct = a.adminCostCapPct();
        periodFrom = a.periodFrom();
        periodTo = a.periodTo();
        offerDeadline = a.offerDeadline().atZone(ClockConfig.WARSAW).toInstant();
        fundingLastYear = a.fundingLastYear();
        fundingThisYear = a.fundingThisYear();
        choiceProcedure = a.choiceProcedure();
        choiceDate = a.choiceDate();
        conditions = a.conditions();
        grantRules = a.grantRules() == null ? "" : a.grantRules();
        evaluationRequired = a.evaluationRequired();
        requiredAttachments = String.join("\n", a.requiredAttachments());
        formalCriteria = String.join("\n", a.formalCriteria());
        // Tasks keep their ids (offers point to them) where the position stays.
        List<Announcement.Task> newTasks = a.tasks();
        for (int i = 0; i < newTasks.size(); i++) {
            Announcement.Task t = newTasks.get(i);
            if (i < tasks.size()) {
                tasks.get(i).update(i + 1, t.name(), t.sphereCode(), t.funds());
            }
            else {
                tasks.add(new CompetitionTask(i + 1, t.name(), t.sphereCode(), t.funds()));
            }
        }
        while (tasks.size() > newTasks.size()) {
            tasks.remove(tasks.size() - 1);
        }
        criteria.clear();
        int position = 1;
        for (Announcement.Criterion c : a.criteria()) {
            criteria.add(new CompetitionCriterion(position++, c.name(), c.maxPoints(), c.statutoryPoint()));
        }
    }

    /**
     * Publishes the announcement once it has every element of art. 13 ust. 2 of the Act,
     * its dates and amounts agree, and the offer deadline is at least
     * {@code minDaysToDeadline} calendar days after the day of publication (art. 13 ust.
     * 1: 21 days); see {@link AnnouncementGate}. Every refusal is reported at once.
     */
    public void publish(ZonedDateTime now, int minDaysToDeadline) {
        if (status != CompetitionStatus.DRAFT) {
            throw new RuleViolation(null, "competitions.publish.notDraft");
        }
        RuleViolation.throwIfAny(AnnouncementGate.check(this, now.withZoneSameInstant(ClockConfig.WARSAW).toLocalDate(),
                minDaysToDeadline));
        status = CompetitionStatus.PUBLISHED;
        publishedAt = now.toInstant();
    }

    /**
     * Publishes demo data: every element must be there, but the dates may lie in the
     * past.
     */
    void publishSeeded(ZonedDateTime now) {
        RuleViolation.throwIfAny(AnnouncementGate.elements(this));
        status = CompetitionStatus.PUBLISHED;
        publishedAt = now.toInstant();
    }

    /** Records the executive's decision (results); only once, after the deadline. */
    public void decide(Instant now) {
        if (status != CompetitionStatus.PUBLISHED || decidedAt != null || acceptsOffers(now)) {
            throw new RuleViolation(null, "competitions.decision.notPossible");
        }
        decidedAt = now;
    }

    /**
     * Annuls a competition without valid offers (art. 15 ust. 2j of the Act is the usual
     * basis).
     */
    public void annul(Instant now, String reason) {
        if (status != CompetitionStatus.PUBLISHED || decidedAt != null || acceptsOffers(now)) {
            throw new RuleViolation(null, "competitions.annul.notPossible");
        }
        status = CompetitionStatus.ANNULLED;
        annulledAt = now;
        annulmentReason = reason;
    }

    /**
     * Marks that the commission was told the offers are ready to be scored; false when it
     * already was (it is told once).
     */
    public boolean markReadyForScoring(Instant now) {
        if (scoringNotifiedAt != null) {
            return false;
        }
        scoringNotifiedAt = now;
        return true;
    }

    public Instant getAnnulledAt() {
        return annulledAt;
    }

    public String getAnnulmentReason() {
        return annulmentReason;
    }

    public boolean isPublished() {
        return status == CompetitionStatus.PUBLISHED || status == CompetitionStatus.ANNULLED;
    }

    /**
     * Offers may be submitted: published and the deadline not passed (the deadline second
     * itself still counts).
     */
    public boolean acceptsOffers(Instant now) {
        return status == CompetitionStatus.PUBLISHED && !deadlinePassed(now);
    }

    /** The offer deadline has passed: the deadline second itself still counts. */
    public boolean deadlinePassed(Instant now) {
        return now.isAfter(offerDeadline);
    }

    public Phase phase(Instant now, LocalDate today) {
        if (status == CompetitionStatus.ANNULLED) {
            return Phase.ARCHIVED;
        }
        if (decidedAt != null) {
            return periodTo.isBefore(today) ? Phase.ARCHIVED : Phase.DECIDED;
        }
        return deadlinePassed(now) ? Phase.EVALUATION : Phase.OPEN;
    }

    public BigDecimal totalFunds() {
        return tasks.stream().map(CompetitionTask::getFunds).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    public CompetitionTask task(Long taskId) {
        return tasks.stream().filter(t -> t.getId().equals(taskId)).findFirst().orElse(null);
    }

    public List<String> requiredAttachmentList() {
        return requiredAttachments == null || requiredAttachments.isBlank() ? List.of()
                : Arrays.stream(requiredAttachments.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The formal checklist of this competition (one criterion per line). */
    public List<String> formalCriteriaList() {
        return formalCriteria == null || formalCriteria.isBlank() ? List.of()
                : Arrays.stream(formalCriteria.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public CompetitionMode getMode() {
        return mode;
    }

    public BigDecimal getMinOwnContributionPct() {
        return minOwnContributionPct;
    }

    public BigDecimal getMinGrant() {
        return minGrant;
    }

    public BigDecimal getMaxGrant() {
        return maxGrant;
    }

    public BigDecimal getAdminCostCapPct() {
        return adminCostCapPct;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public Instant getOfferDeadline() {
        return offerDeadline;
    }

    public BigDecimal getFundingLastYear() {
        return fundingLastYear;
    }

    public BigDecimal getFundingThisYear() {
        return fundingThisYear;
    }

    public String getChoiceProcedure() {
        return choiceProcedure;
    }

    public LocalDate getChoiceDate() {
        return choiceDate;
    }

    public String getConditions() {
        return conditions;
    }

    /**
     * The demo data's announcement, published already, requires the evaluation with the
     * beneficiaries (a published announcement is otherwise frozen).
     */
    public void seedEvaluationRequired() {
        evaluationRequired = true;
    }

    /**
     * Whether the announcement requires each contracted task to be evaluated with its
     * beneficiaries (issue 19 point 3).
     */
    public boolean isEvaluationRequired() {
        return evaluationRequired;
    }

    /** The rules of granting the grants (art. 13 ust. 2 pkt 3 of the Act). */
    public String getGrantRules() {
        return grantRules;
    }

    public CompetitionStatus getStatus() {
        return status;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public long getVersion() {
        return version;
    }

    public List<CompetitionTask> getTasks() {
        return tasks;
    }

    public List<CompetitionCriterion> getCriteria() {
        return criteria;
    }

}
