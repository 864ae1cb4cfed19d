package pl.wspolnie.consultations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import pl.wspolnie.shared.domain.JstRecord;
import pl.wspolnie.shared.files.StoredFile;

/**
 * A file of a consultation: an attachment to the draft (no meeting) or the minutes of an
 * open meeting.
 */
@Entity
@Table(name = "consultation_attachment")
public class ConsultationAttachment extends JstRecord {

    @Column(name = "consultation_id", updatable = false)
    private Long consultationId;

    @Column(name = "meeting_id", updatable = false)
    private Long meetingId;

    @Embedded
    private StoredFile file;

    @Column(name = "uploaded_by", updatable = false)
    private Long uploadedBy;

    @Version
    private long version;

    protected ConsultationAttachment() {
    }

    ConsultationAttachment(Consultation c, Long meetingId, StoredFile file, long by) {
        super(c.getJstId());
        this.consultationId = c.getId();
        this.meetingId = meetingId;
        this.file = file;
        this.uploadedBy = by;
    }

    public Long getConsultationId() {
        return consultationId;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public StoredFile getFile() {
        return file;
    }

}
