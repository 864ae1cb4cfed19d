package pl.wspolnie.initiatives.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import pl.wspolnie.shared.domain.JstRecord;
import pl.wspolnie.shared.domain.StateConflict;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An application for a local initiative (art. 19b): by a group of residents led by one of
 * them, or through an NGO ({@code organizationId}); the state machine of its way from a
 * draft through submission to the JST's decision and completion is here.
 */
@Entity
@Table(name = "initiative")
public class Initiative extends JstRecord {

    @Column(name = "lead_user_id", nullable = false, updatable = false)
    private Long leadUserId;

    @Column(name = "organization_id", updatable = false)
    private Long organizationId;

    @Enumerated(EnumType.STRING)
    private InitiativeStatus status;

    private String title;

    @Enumerated(EnumType.STRING)
    private Area area;

    private String description;

    private String place;

    private String schedule;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "initiative_request", joinColumns = @JoinColumn(name = "initiative_id"))
    @OrderColumn(name = "position")
    private List<JstRequest> requests = new ArrayList<>();

    @Column(name = "social_work_hours")
    private BigDecimal socialWorkHours;

    @Column(name = "social_work_description")
    private String socialWorkDescription;

    @Column(name = "in_kind_description")
    private String inKindDescription;

    @Column(name = "in_kind_value")
    private BigDecimal inKindValue;

    private BigDecimal cash;

    @Column(name = "submitted_version")
    private int submittedVersion;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private Long decidedBy;

    private String report;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Initiative() {
    }

    Initiative(long jstId, long leadUserId, Long organizationId, Instant now) {
        super(jstId);
        this.leadUserId = leadUserId;
        this.organizationId = organizationId;
        this.status = InitiativeStatus.DRAFT;
        this.createdAt = now;
    }

    /** Refuses a change once the JST has decided. */
    void requireOpen() {
        if (!isOpen()) {
            throw new StateConflict("initiatives.application.decided", "initiative " + getId());
        }
    }

    void apply(ApplicationRules.Content c) {
        requireOpen();
        this.title = c.title();
        this.area = c.area();
        this.description = c.description();
        this.place = c.place();
        this.schedule = c.schedule();
        this.startsOn = c.startsOn();
        this.endsOn = c.endsOn();
        this.requests.clear();
        this.requests.addAll(c.requests());
        this.socialWorkHours = c.socialWorkHours();
        this.socialWorkDescription = c.socialWorkDescription();
        this.inKindDescription = c.inKindDescription();
        this.inKindValue = c.inKindValue();
        this.cash = c.cash();
    }

    /** Marks a new submitted version; returns its number. */
    int submitted(Instant now) {
        requireOpen();
        this.status = InitiativeStatus.SUBMITTED;
        this.submittedAt = now;
        return ++submittedVersion;
    }

    /** The JST's decision with its reasons, on a submitted application only. */
    void decide(boolean accept, String reason, long officialId, Instant now) {
        if (status != InitiativeStatus.SUBMITTED) {
            throw new StateConflict("initiatives.decision.notSubmitted", "initiative " + getId());
        }
        this.status = accept ? InitiativeStatus.ACCEPTED : InitiativeStatus.REFUSED;
        this.decisionReason = reason;
        this.decidedAt = now;
        this.decidedBy = officialId;
    }

    /** The official marks an accepted initiative as carried out. */
    void complete() {
        if (status != InitiativeStatus.ACCEPTED) {
            throw new StateConflict("initiatives.complete.notAccepted", "initiative " + getId());
        }
        this.status = InitiativeStatus.COMPLETED;
    }

    /** True once accepted: the agreement is drawn and the ledger kept. */
    public boolean isAgreed() {
        return status == InitiativeStatus.ACCEPTED || status == InitiativeStatus.COMPLETED;
    }

    void report(String text) {
        this.report = text;
    }

    /** True until the JST decides: the applicants may still change the application. */
    public boolean isOpen() {
        return status == InitiativeStatus.DRAFT || status == InitiativeStatus.SUBMITTED;
    }

    public boolean isDraft() {
        return status == InitiativeStatus.DRAFT;
    }

    /** True for an application through an NGO (no group of residents needed). */
    public boolean isByOrganization() {
        return organizationId != null;
    }

    public InitiativeDetails details() {
        return new InitiativeDetails(title, area == null ? null : area.name(), description, place, schedule, startsOn,
                endsOn,
                requests.stream()
                    .map(r -> new InitiativeDetails.RequestInput(r.kind().name(), r.description(),
                            r.value().toPlainString()))
                    .toList(),
                socialWorkHours.toPlainString(), socialWorkDescription, inKindDescription, inKindValue.toPlainString(),
                cash.toPlainString());
    }

    public Long getLeadUserId() {
        return leadUserId;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public InitiativeStatus getStatus() {
        return status;
    }

    public String getTitle() {
        return title;
    }

    public Area getArea() {
        return area;
    }

    public String getDescription() {
        return description;
    }

    public String getPlace() {
        return place;
    }

    public String getSchedule() {
        return schedule;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public List<JstRequest> getRequests() {
        return List.copyOf(requests);
    }

    public BigDecimal getSocialWorkHours() {
        return socialWorkHours;
    }

    public String getSocialWorkDescription() {
        return socialWorkDescription;
    }

    public String getInKindDescription() {
        return inKindDescription;
    }

    public BigDecimal getInKindValue() {
        return inKindValue;
    }

    public BigDecimal getCash() {
        return cash;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getReport() {
        return report;
    }

    public int getSubmittedVersion() {
        return submittedVersion;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

}
