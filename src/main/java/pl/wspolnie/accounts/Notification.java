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
 * notifications.tell(userId, Notification.of("centre.training.accepted", "centre.mail.accepted")
 *     .subject(title)
 *     .body(title, when, notifications.link("/centre/trainings/" + id))
 *     .attach(ics));
 * </pre>
 *
 * The subject is the message {@code <key>.subject}, the body {@code <key>.body}.
 */
public record Notification(String kind, String key, List<Object> subjectArgs, List<Object> bodyArgs,
        List<OutgoingMail.Attachment> attachments) {

    public Notification {
        subjectArgs = List.copyOf(subjectArgs);
        bodyArgs = List.copyOf(bodyArgs);
        attachments = List.copyOf(attachments);
    }

    public static Notification of(String kind, String key) {
        return new Notification(kind, key, List.of(), List.of(), List.of());
    }

    public Notification subject(Object... args) {
        return new Notification(kind, key, List.of(args), bodyArgs, attachments);
    }

    public Notification body(Object... args) {
        return new Notification(kind, key, subjectArgs, List.of(args), attachments);
    }

    public Notification attach(OutgoingMail.Attachment attachment) {
        List<OutgoingMail.Attachment> all = new ArrayList<>(attachments);
        all.add(attachment);
        return new Notification(kind, key, subjectArgs, bodyArgs, all);
    }

}
