package pl.wspolnie.subscriptions.domain;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import pl.wspolnie.accounts.AccountSummary;
import pl.wspolnie.shared.mail.MailQueue;
import pl.wspolnie.shared.mail.Mailer;
import pl.wspolnie.shared.mail.OutgoingMail;
import pl.wspolnie.subscriptions.PublishedItem;

import java.util.List;
import java.util.Locale;

/** Writes the subscription mails: every item with an absolute link back to its page. */
@Component
class SubscriptionMails {

    private static final Locale POLISH = Locale.forLanguageTag("pl");

    private final Mailer mailer;

    private final MailQueue queue;

    private final MessageSource messages;

    private final String baseUrl;

    SubscriptionMails(Mailer mailer, MailQueue queue, MessageSource messages,
            @Value("${wspolnie.base-url}") String baseUrl) {
        this.mailer = mailer;
        this.queue = queue;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    /**
     * Queued (sent after the listener's commit, each alone): an item usually goes to
     * several people at once.
     */
    void immediate(AccountSummary to, PublishedItem item) {
        queue.queue(new OutgoingMail(to.email(), msg("subscriptions.mail.immediate.subject", type(item), item.title()),
                msg("subscriptions.mail.immediate.body", to.displayName(), type(item), item.title(),
                        item.summary() == null ? "" : item.summary(), baseUrl + item.path(), settingsLink())));
    }

    void digest(AccountSummary to, String frequencyKey, List<PublishedItem> items) {
        StringBuilder list = new StringBuilder();
        for (PublishedItem item : items) {
            list.append("• ")
                .append(type(item))
                .append(": ")
                .append(item.title())
                .append('\n')
                .append("  ")
                .append(baseUrl)
                .append(item.path())
                .append("\n\n");
        }
        mailer.send(new OutgoingMail(to.email(), msg("subscriptions.mail.digest.subject." + frequencyKey, items.size()),
                msg("subscriptions.mail.digest.body", to.displayName(), list.toString().strip(), settingsLink())));
    }

    private String settingsLink() {
        return baseUrl + "/account/subscriptions";
    }

    private String type(PublishedItem item) {
        return msg("subscriptions.type." + item.type());
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, POLISH);
    }

}
