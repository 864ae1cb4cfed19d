package pl.wspolnie.centre.domain;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import pl.wspolnie.accounts.Accounts;
import pl.wspolnie.shared.mail.MailQueue;
import pl.wspolnie.shared.mail.Mailer;
import pl.wspolnie.shared.mail.OutgoingMail;

import java.util.Locale;

/**
 * Tells a person on the waiting list that they got a seat. Runs after the cancellation is
 * committed.
 */
@Component
class TrainingMails {

    private static final Locale POLISH = Locale.forLanguageTag("pl");

    private final Accounts accounts;

    private final Mailer mailer;

    private final MailQueue queue;

    private final MessageSource messages;

    private final String baseUrl;

    TrainingMails(Accounts accounts, Mailer mailer, MailQueue queue, MessageSource messages,
            @Value("${wspolnie.base-url}") String baseUrl) {
        this.accounts = accounts;
        this.mailer = mailer;
        this.queue = queue;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    @ApplicationModuleListener
    void on(TrainingCancelled event) {
        for (Long userId : event.userIds()) { // one queued mail each: a failed one is
                                              // retried alone
            accounts.find(userId)
                .ifPresent(person -> queue.queue(new OutgoingMail(person.email(),
                        messages.getMessage("centre.mail.trainingCancelled.subject",
                                new Object[] { event.title(), event.when() }, POLISH),
                        messages.getMessage(
                                "centre.mail.trainingCancelled.body", new Object[] { person.displayName(),
                                        event.title(), event.when(), event.reason(), baseUrl + "/centre/trainings" },
                                POLISH))));
        }
    }

    @ApplicationModuleListener
    void on(ApplicantPromoted event) {
        accounts.find(event.userId())
            .ifPresent(
                    person -> mailer.send(
                            new OutgoingMail(person.email(),
                                    messages.getMessage("centre.mail.promoted.subject",
                                            new Object[] { event.trainingTitle() }, POLISH),
                                    messages
                                        .getMessage("centre.mail.promoted.body",
                                                new Object[] { person.displayName(), event.trainingTitle(),
                                                        baseUrl + "/centre/trainings/" + event.trainingId() },
                                                POLISH))));
    }

}
