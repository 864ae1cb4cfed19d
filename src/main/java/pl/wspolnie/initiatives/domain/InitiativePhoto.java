package pl.wspolnie.initiatives.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import pl.wspolnie.shared.audit.AuditMasked;
import pl.wspolnie.shared.audit.JstScoped;

import java.time.Instant;

/** A photo of an accepted initiative's report, public, with its description. */
@Entity
@Table(name = "initiative_photo")
public class InitiativePhoto implements JstScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "jst_id", updatable = false)
    private Long jstId;

    @Column(name = "initiative_id", updatable = false)
    private Long initiativeId;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "media_type")
    private String mediaType;

    @Column(name = "size_bytes")
    private int sizeBytes;

    @AuditMasked
    private byte[] content;

    @Column(name = "alt_text")
    private String altText;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    protected InitiativePhoto() {
    }

    InitiativePhoto(Initiative initiative, String fileName, String mediaType, byte[] content, String altText,
            Instant now) {
        this.jstId = initiative.getJstId();
        this.initiativeId = initiative.getId();
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = content.length;
        this.content = content;
        this.altText = altText;
        this.uploadedAt = now;
    }

    @Override
    public Long auditJstId() {
        return jstId;
    }

    public Long getId() {
        return id;
    }

    public Long getInitiativeId() {
        return initiativeId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public byte[] getContent() {
        return content;
    }

    public String getAltText() {
        return altText;
    }

}
