package pl.wspolnie.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.text.Sha256;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One version of a document: its text never changes (the SHA-256 of its UTF-8 bytes is
 * kept beside it); it goes from a draft to a consultation and is adopted by a resolution
 * of the register, in force from a date until the next adopted version's date.
 */
@Entity
@Table(name = "governance_document_version")
public class DocumentVersion {

    public enum Status {

        DRAFT, CONSULTATION, ADOPTED

    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "document_id", updatable = false)
    private Long documentId;

    @Column(updatable = false)
    private int number;

    @Column(updatable = false)
    private String text;

    @Column(updatable = false)
    private String sha256;

    @Enumerated(EnumType.STRING)
    private Status status = Status.DRAFT;

    @Column(name = "consultation_id")
    private Long consultationId;

    @Column(name = "resolution_id")
    private Long resolutionId;

    @Column(name = "in_force_from")
    private LocalDate inForceFrom;

    @Column(name = "created_by", updatable = false)
    private Long createdBy;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected DocumentVersion() {
    }

    DocumentVersion(long documentId, int number, String text, long createdBy, Instant at) {
        if (DocumentText.paragraphs(text).isEmpty()) {
            throw new RuleViolation("text", "governance.field.required");
        }
        this.documentId = documentId;
        this.number = number;
        this.text = text;
        this.sha256 = sha256(text);
        this.createdBy = createdBy;
        this.createdAt = at;
    }

    static String sha256(String text) {
        return Sha256.hex(text);
    }

    /** Put to consultation: only a draft, once. */
    void consultedIn(long consultation) {
        if (status != Status.DRAFT) {
            throw new RuleViolation(null, "governance.document.notDraft");
        }
        this.status = Status.CONSULTATION;
        this.consultationId = consultation;
    }

    /**
     * Adopted by the resolution, in force from the day: not twice, not by a repealed
     * resolution, not before the resolution.
     */
    void adopt(Resolution resolution, LocalDate from) {
        if (status == Status.ADOPTED) {
            throw new RuleViolation(null, "governance.document.alreadyAdopted");
        }
        if (!resolution.isInForce()) {
            throw new RuleViolation("resolutionId", "governance.document.resolutionRepealed", resolution.label());
        }
        if (from.isBefore(resolution.getAdoptedOn())) {
            throw new RuleViolation("inForceFrom", "governance.document.beforeResolution", resolution.label());
        }
        this.status = Status.ADOPTED;
        this.resolutionId = resolution.getId();
        this.inForceFrom = from;
    }

    /** The paragraphs of the text, each with its label and anchor. */
    public List<DocumentText.Paragraph> paragraphs() {
        return DocumentText.paragraphs(text);
    }

    public boolean isAdopted() {
        return status == Status.ADOPTED;
    }

    public Long getId() {
        return id;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public int getNumber() {
        return number;
    }

    public String getText() {
        return text;
    }

    public String getSha256() {
        return sha256;
    }

    public Status getStatus() {
        return status;
    }

    public Long getConsultationId() {
        return consultationId;
    }

    public Long getResolutionId() {
        return resolutionId;
    }

    public LocalDate getInForceFrom() {
        return inForceFrom;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

}
