package pl.wspolnie.accounts;

import pl.wspolnie.shared.mail.OutgoingMail;

import java.util.ArrayList;
import java.util.List;

/**
 * What one person is told: the kind (which the person may turn off), the message keys of
 * the subject and body with their arguments, and attachments. The body's {0} is the
 * person's name; the arguments given here follow as {1}, {2}, …
 *
 * <pre>
 * notifications.tell(userId, Notice.of("centre.training.accepted", "centre.mail.accepted")
 *     .subject(title)
 *     .body(title, when, notifications.link("/centre/trainings/" + id))
 *     .attach(ics));
 * </pre>
 *
 * The subject is the message {@code <key>.subject}, the body {@code <key>.body}.
 */
public record Notice(String kind, String key, List<Object> subjectArgs, List<Object> bodyArgs,
        List<OutgoingMail.Attachment> attachments) {

    public Notice {
        subjectArgs = List.copyOf(subjectArgs);
        bodyArgs = List.copyOf(bodyArgs);
        attachments = List.copyOf(attachments);
    }

    public static Notice of(String kind, String key) {
        return new Notice(kind, key, List.of(), List.of(), List.of());
    }

    public Notice subject(Object... args) {
        return new Notice(kind, key, List.of(args), bodyArgs, attachments);
    }

    public Notice body(Object... args) {
        return new Notice(kind, key, subjectArgs, List.of(args), attachments);
    }

    public Notice attach(OutgoingMail.Attachment attachment) {
        List<OutgoingMail.Attachment> all = new ArrayList<>(attachments);
        all.add(attachment);
        return new Notice(kind, key, subjectArgs, bodyArgs, all);
    }

}
