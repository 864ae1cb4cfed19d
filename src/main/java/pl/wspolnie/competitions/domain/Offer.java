package pl.wspolnie.competitions.domain;

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
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * An offer of one or more organisations (a joint offer) in a competition. While a draft, its form content is kept
 * as typed (JSON of the form); submission freezes it into an immutable {@link OfferVersion}.
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
    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "offer_organization", joinColumns = @JoinColumn(name = "offer_id"))
    @Column(name = "organization_id")
    private Set<Long> organizationIds = new HashSet<>();

    protected Offer() {
    }

    Offer(long competitionId, long leadOrganizationId, String title, String draft, long createdBy, Instant now) {
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

    /** Keeps what was typed; only a draft changes (a submitted offer → 409). */
    void saveDraft(String draftJson, String title, Long taskId, Set<Long> coOfferors, Instant now) {
        requireDraft();
        this.draft = draftJson;
        this.title = title == null || title.isBlank() ? this.title : title.strip();
        this.taskId = taskId;
        this.organizationIds.retainAll(Set.of(leadOrganizationId));
        this.organizationIds.addAll(coOfferors);
        this.updatedAt = now;
    }

    void submitted(Instant now) {
        requireDraft();
        status = OfferStatus.SUBMITTED;
        submittedAt = now;
        updatedAt = now;
    }

    void withdraw(Instant now) {
        if (status == OfferStatus.WITHDRAWN) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "already withdrawn");
        }
        status = OfferStatus.WITHDRAWN;
        withdrawnAt = now;
        updatedAt = now;
    }

    void requireDraft() {
        if (status != OfferStatus.DRAFT) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "offer " + id + " is " + status);
        }
    }

    public Long getId() {
        return id;
    }

    public Long getCompetitionId() {
        return competitionId;
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

    public Set<Long> getOrganizationIds() {
        return organizationIds;
    }
}
