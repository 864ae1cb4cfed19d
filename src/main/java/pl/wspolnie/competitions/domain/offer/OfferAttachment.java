package pl.wspolnie.competitions.domain.offer;

import pl.wspolnie.competitions.domain.CanonicalJson;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;
import pl.wspolnie.shared.audit.AuditMasked;

import java.time.Instant;

/**
 * A file attached to an offer: for one of the announcement's required attachments
 * ({@link #getRequiredName()}) or another one (null). Once part of a submitted version
 * ({@link #getSubmittedIn()}) the database refuses to change or delete it; under a call
 * for corrections it may only be marked removed from the offer.
 */
@Entity
@DynamicUpdate
@Table(name = "offer_attachment")
public class OfferAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "offer_id", nullable = false, updatable = false)
    private Long offerId;

    @Column(name = "required_name", updatable = false)
    private String requiredName;

    @Column(name = "file_name", updatable = false)
    private String fileName;

    @Column(name = "content_type", updatable = false)
    private String contentType;

    @Column(name = "size_bytes", updatable = false)
    private int sizeBytes;

    @Column(updatable = false)
    private String sha256;

    @AuditMasked // the audit log records the file's name, size and digest, not its bytes
    @Basic(fetch = FetchType.LAZY)
    @Column(updatable = false)
    private byte[] data;

    @Column(name = "uploaded_by", updatable = false)
    private Long uploadedBy;

    @Column(name = "uploaded_at", updatable = false)
    private Instant uploadedAt;

    @Column(name = "submitted_in")
    private Integer submittedIn;

    @Column(name = "removed_at")
    private Instant removedAt;

    protected OfferAttachment() {
    }

    OfferAttachment(long offerId, String requiredName, String fileName, String contentType, byte[] data,
            long uploadedBy, Instant now) {
        this.offerId = offerId;
        this.requiredName = requiredName;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = data.length;
        this.sha256 = CanonicalJson.sha256(data);
        this.data = data;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
    }

    /**
     * Becomes part of the submitted version {@code number} (only the first version that
     * contains it is recorded).
     */
    void submittedIn(int number) {
        if (submittedIn == null) {
            submittedIn = number;
        }
    }

    void removed(Instant now) {
        removedAt = now;
    }

    public boolean isSubmitted() {
        return submittedIn != null;
    }

    public boolean isImage() {
        return contentType.startsWith("image/");
    }

    public Long getId() {
        return id;
    }

    public Long getOfferId() {
        return offerId;
    }

    public String getRequiredName() {
        return requiredName;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public int getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getData() {
        return data;
    }

    public Integer getSubmittedIn() {
        return submittedIn;
    }

    public Instant getRemovedAt() {
        return removedAt;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

}
