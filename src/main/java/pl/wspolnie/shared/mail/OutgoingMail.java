package pl.wspolnie.shared.mail;

import java.util.List;

/**
 * A plain-text e-mail to one recipient, optionally with attachments (e.g. an .ics or a
 * PDF).
 */
public record OutgoingMail(String to, String subject, String body, List<Attachment> attachments) {

    public OutgoingMail {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public OutgoingMail(String to, String subject, String body) {
        this(to, subject, body, List.of());
    }

    /** A file attached to a mail. */
    public record Attachment(String fileName, String contentType, byte[] content) {
    }
}
