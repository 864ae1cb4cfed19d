package pl.wspolnie.consultations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A remark (uwaga) on one paragraph or on the whole draft, with the answer once the
 * official gave it.
 */
@Entity
@Table(name = "consultation_remark")
public class Remark {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "consultation_id", updatable = false)
    private Long consultationId;

    @Column(name = "item_id")
    private Long itemId;

    @Column(name = "author_user_id", updatable = false)
    private Long authorUserId;

    @Column(name = "author_name")
    private String authorName;

    @Column(name = "organization_id")
    private Long organizationId;

    @Column(name = "organization_name")
    private String organizationName;

    @Enumerated(EnumType.STRING)
    private RemarkSource source;

    @Column(name = "source_note")
    private String sourceNote;

    private String proposal;

    private String justification;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "answer_id")
    private Answer answer;

    @Version
    private long version;

    protected Remark() {
    }

    Remark(long consultationId, Long itemId, Long authorUserId, String authorName, Long organizationId,
            String organizationName, RemarkSource source, String sourceNote, String proposal, String justification,
            Instant at) {
        this.consultationId = consultationId;
        this.itemId = itemId;
        this.authorUserId = authorUserId;
        this.authorName = authorName;
        this.organizationId = organizationId;
        this.organizationName = organizationName;
        this.source = source;
        this.sourceNote = sourceNote;
        this.proposal = proposal;
        this.justification = justification;
        this.createdAt = at;
        this.updatedAt = at;
    }

    void edit(Long itemId, Long organizationId, String organizationName, String proposal, String justification,
            Instant at) {
        this.itemId = itemId;
        this.organizationId = organizationId;
        this.organizationName = organizationName;
        this.proposal = proposal;
        this.justification = justification;
        this.updatedAt = at;
    }

    void answeredBy(Answer answer) {
        this.answer = answer;
    }

    /** Who the remark is from, as shown publicly: the organisation, else the person. */
    public String onBehalfOf() {
        return organizationName != null ? organizationName : authorName;
    }

    public boolean isAnswered() {
        return answer != null;
    }

    public Long getId() {
        return id;
    }

    public Long getConsultationId() {
        return consultationId;
    }

    public Long getItemId() {
        return itemId;
    }

    public Long getAuthorUserId() {
        return authorUserId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public String getOrganizationName() {
        return organizationName;
    }

    public RemarkSource getSource() {
        return source;
    }

    public String getSourceNote() {
        return sourceNote;
    }

    public String getProposal() {
        return proposal;
    }

    public String getJustification() {
        return justification;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Answer getAnswer() {
        return answer;
    }

}
