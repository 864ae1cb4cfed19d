package pl.wspolnie.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import pl.wspolnie.shared.files.StoredFile;

/**
 * A document of a meeting (its agenda, materials, an attendance list): a file the
 * coordinator or a Council member attached, public on the meeting's page.
 */
@Entity
@Table(name = "governance_meeting_document")
public class MeetingDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private Long meetingId;

    @Embedded
    private StoredFile file;

    @Column(name = "uploaded_by", updatable = false)
    private Long uploadedBy;

    protected MeetingDocument() {
    }

    MeetingDocument(long meetingId, StoredFile file, long uploadedBy) {
        this.meetingId = meetingId;
        this.file = file;
        this.uploadedBy = uploadedBy;
    }

    public Long getId() {
        return id;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public StoredFile getFile() {
        return file;
    }

}
