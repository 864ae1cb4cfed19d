package pl.wspolnie.consultations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import pl.wspolnie.shared.audit.AuditMasked;
import pl.wspolnie.shared.audit.JstScoped;

import java.time.Instant;

/**
 * A file of a consultation: an attachment to the draft (no meeting) or the minutes of an
 * open meeting.
 */
@Entity
@Table(name = "consultation_attachment")
public class ConsultationAttachment implements JstScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "consultation_id", updatable = false)
    private Long consultationId;

    @Column(name = "jst_id", updatable = false)
    private Long jstId;

    @Column(name = "meeting_id", updatable = false)
    private Long meetingId;

    @Column(name = "file_name")
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "file_type")
    private FileType fileType;

    @Column(name = "size_bytes")
    private int sizeBytes;

    @AuditMasked
    private byte[] content;

    @Column(name = "uploaded_at", updatable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", updatable = false)
    private Long uploadedBy;

    @Version
    private long version;

    protected ConsultationAttachment() {
    }

    ConsultationAttachment(Consultation c, Long meetingId, String fileName, FileType type, byte[] content, long by,
            Instant at) {
        this.consultationId = c.getId();
        this.jstId = c.getJstId();
        this.meetingId = meetingId;
        this.fileName = fileName;
        this.fileType = type;
        this.content = content;
        this.sizeBytes = content.length;
        this.uploadedBy = by;
        this.uploadedAt = at;
    }

    @Override
    public Long auditJstId() {
        return jstId;
    }

    public Long getId() {
        return id;
    }

    public Long getConsultationId() {
        return consultationId;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public String getFileName() {
        return fileName;
    }

    public FileType getFileType() {
        return fileType;
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
