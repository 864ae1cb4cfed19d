package pl.wspolnie.budget.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import pl.wspolnie.shared.audit.AuditMasked;
import pl.wspolnie.shared.audit.JstScoped;

import java.time.Instant;

/**
 * The scan of a project's paper support list: personal data, downloaded only by the
 * author and the gmina's coordinators; a new upload replaces it.
 */
@Entity
@Table(name = "budget_paper_list")
public class PaperList implements JstScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "jst_id", updatable = false)
    private Long jstId;

    @Column(name = "project_id", updatable = false)
    private Long projectId;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "media_type")
    private String mediaType;

    @Column(name = "size_bytes")
    private int sizeBytes;

    @AuditMasked
    private byte[] content;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    @Version
    private long version;

    protected PaperList() {
    }

    PaperList(Project project) {
        this.jstId = project.auditJstId();
        this.projectId = project.getId();
    }

    void replace(String fileName, String mediaType, byte[] content, Instant now) {
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = content.length;
        this.content = content;
        this.uploadedAt = now;
    }

    @Override
    public Long auditJstId() {
        return jstId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public int getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

}
