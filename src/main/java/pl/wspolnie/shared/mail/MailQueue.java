package pl.wspolnie.shared.mail;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Mails to several people from one listener, each sent and retried alone. A listener that
 * loops over recipients and calls {@link Mailer#send} directly fails as a whole when one
 * mail fails, and its retry ({@link MailRetry}) sends again to those who already got it.
 * Queued instead, each mail is its own event publication, stored with the listener's
 * transaction and sent after its commit; only a failed one is sent again. Keep queued
 * mails small (the mail is stored as JSON until sent): a large attachment for many people
 * deserves its own event per recipient.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MailQueue {

    /**
     * One queued mail (the event stored in the publication registry until it was sent).
     */
    public record MailQueued(OutgoingMail mail) {
    }

    private final ApplicationEventPublisher events;

    private final Mailer mailer;

    /**
     * Queues the mail in the current transaction (a listener's own); it is sent after the
     * commit.
     */
    public void queue(OutgoingMail mail) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("MailQueue.queue needs a transaction: the mail would never be sent");
        }
        events.publishEvent(new MailQueued(mail));
    }

    @ApplicationModuleListener
    void on(MailQueued queued) {
        mailer.send(queued.mail());
    }

}
