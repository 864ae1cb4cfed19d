package pl.wspolnie.budget.domain.implementation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import pl.wspolnie.shared.audit.AuditMasked;
import pl.wspolnie.shared.audit.JstScoped;

import java.time.Instant;

/**
 * A photo of a milestone (JPG or PNG, its type checked by its first bytes), public, with
 * the text that describes it to people who cannot see it.
 */
@Entity
@Table(name = "budget_milestone_photo")
public class MilestonePhoto implements JstScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "jst_id", updatable = false)
    private Long jstId;

    @Column(name = "milestone_id", updatable = false)
    private Long milestoneId;

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

    protected MilestonePhoto() {
    }

    MilestonePhoto(Milestone milestone, String fileName, String mediaType, byte[] content, String altText,
            Instant now) {
        this.jstId = milestone.auditJstId();
        this.milestoneId = milestone.getId();
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

    public Long getMilestoneId() {
        return milestoneId;
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
