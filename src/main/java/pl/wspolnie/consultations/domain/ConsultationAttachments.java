package pl.wspolnie.consultations.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.domain.NotFound;
import pl.wspolnie.shared.files.StoredFile;
import pl.wspolnie.shared.files.Upload;

import java.time.Clock;
import java.util.List;

/**
 * Files of a consultation: the official attaches documents to the draft and the minutes
 * of an open meeting (PDF, ODT or DOCX, recognised by content, at most
 * {@link #MAX_BYTES}); anyone downloads them.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ConsultationAttachments {

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    public static final int MAX_NAME = 200;

    private final ConsultationWorkflow workflow;

    private final AttachmentRepository attachments;

    private final MeetingRepository meetings;

    private final Clock clock;

    /**
     * Saves a file; meetingId null = an attachment to the draft, otherwise the minutes of
     * that meeting of the same consultation. Bad files are field errors on "file".
     */
    public long add(long consultationId, Long meetingId, Upload file) {
        Consultation c = workflow.get(consultationId);
        workflow.requireOfficial(c.getJstId());
        if (meetingId != null) {
            Meeting m = meetings.findById(meetingId).orElse(null);
            if (m == null || !m.getConsultationId().equals(c.getId())) {
                throw new RuleViolation("meetingId", "consultations.attachment.unknownMeeting");
            }
        }
        if (file == null || file.size() <= 0) {
            throw new RuleViolation("file", "consultations.attachment.required");
        }
        if (file.tooLarge(MAX_BYTES)) {
            throw new RuleViolation("file", "consultations.attachment.tooLarge");
        }
        FileType type = FileType.detect(file.content())
            .orElseThrow(() -> new RuleViolation("file", "consultations.attachment.badType"));
        String name = safeName(file.fileName(), type);
        long by = workflow.currentUserId();
        StoredFile stored = new StoredFile(name, type.mediaType(), file.content(), clock.instant());
        return attachments.save(new ConsultationAttachment(c, meetingId, stored, by)).getId();
    }

    /**
     * The name shown and offered on download: the uploaded name without a path or control
     * characters, with the real extension.
     */
    static String safeName(String original, FileType type) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|:*?]", "").strip();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        if (base.isBlank()) {
            base = "zalacznik";
        }
        if (base.length() > MAX_NAME - 10) {
            base = base.substring(0, MAX_NAME - 10);
        }
        return base + "." + type.extension();
    }

    /**
     * Deletes a file (an attachment or minutes) until the consultation is closed (then
     * 409); audited row by row.
     */
    public void delete(long consultationId, long attachmentId) {
        Consultation c = workflow.get(consultationId);
        workflow.requireOfficial(c.getJstId());
        ConsultationAttachment a = attachments.findById(attachmentId)
            .filter(x -> x.getConsultationId().equals(consultationId))
            .orElseThrow(() -> new NotFound("attachment " + attachmentId));
        if (c.status(workflow.today()) == ConsultationStatus.CLOSED) {
            throw new RuleViolation(null, "consultations.closed");
        }
        attachments.delete(a);
    }

    @Transactional(readOnly = true)
    public List<AttachmentInfo> of(long consultationId) {
        return attachments.listOf(consultationId);
    }

    @Transactional(readOnly = true)
    public ConsultationAttachment get(long consultationId, long attachmentId) {
        ConsultationAttachment a = attachments.findById(attachmentId)
            .orElseThrow(() -> new NotFound("attachment " + attachmentId));
        if (!a.getConsultationId().equals(consultationId)) {
            throw new NotFound("attachment " + attachmentId);
        }
        a.getFile().getContent(); // loaded while the transaction is open
        return a;
    }

}
