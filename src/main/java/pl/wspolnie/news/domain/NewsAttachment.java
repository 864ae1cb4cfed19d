package pl.wspolnie.news.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import pl.wspolnie.shared.audit.AuditMasked;

import java.time.Instant;

/** A file attached to a news item. */
@Entity
@Table(name = "news_attachment")
public class NewsAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "news_id", nullable = false, updatable = false)
    private Long newsId;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "size_bytes")
    private int sizeBytes;

    @AuditMasked // the audit log records the file's name and size, not its bytes
    @Basic(fetch = FetchType.LAZY)
    private byte[] data;

    @Column(name = "created_at")
    private Instant createdAt;

    protected NewsAttachment() {
    }

    NewsAttachment(long newsId, AttachmentFile file, Instant now) {
        this.newsId = newsId;
        this.fileName = file.fileName();
        this.contentType = file.contentType();
        this.sizeBytes = file.data().length;
        this.data = file.data();
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getNewsId() {
        return newsId;
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

    public byte[] getData() {
        return data;
    }

    public boolean isImage() {
        return contentType.startsWith("image/");
    }

}
