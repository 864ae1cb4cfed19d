package pl.wspolnie.bulletin.domain;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import pl.wspolnie.accounts.AccountSummary;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.shared.mail.Mailer;
import pl.wspolnie.shared.mail.OutgoingMail;
import pl.wspolnie.subscriptions.Newsletter;

import java.util.List;
import java.util.Locale;
import java.util.Comparator;

/**
 * Sends a published issue as a newsletter (text with links, the PDF attached) to the
 * subscribers who opted in.
 */
@Component
class BulletinMails {

    private static final Locale POLISH = Locale.forLanguageTag("pl");

    private final BulletinIssueRepository issues;

    private final Newsletter newsletter;

    private final Jsts jsts;

    private final Mailer mailer;

    private final ApplicationEventPublisher events;

    private final MessageSource messages;

    private final String baseUrl;

    BulletinMails(BulletinIssueRepository issues, Newsletter newsletter, Jsts jsts, Mailer mailer,
            ApplicationEventPublisher events, MessageSource messages, @Value("${wspolnie.base-url}") String baseUrl) {
        this.issues = issues;
        this.newsletter = newsletter;
        this.jsts = jsts;
        this.mailer = mailer;
        this.events = events;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    /**
     * One event per subscriber (small: the PDF is read when each mail goes out), stored
     * with this listener's transaction: a mail that fails is retried alone, and nobody
     * gets the issue twice.
     */
    @ApplicationModuleListener
    void on(BulletinPublished event) {
        BulletinIssue issue = issues.findById(event.issueId()).orElseThrow();
        for (AccountSummary person : newsletter.recipients(issue.getJstId())) {
            events
                .publishEvent(new NewsletterMailDue(issue.getId(), person.id(), person.email(), person.displayName()));
        }
    }

    @ApplicationModuleListener
    void on(NewsletterMailDue due) {
        BulletinIssue issue = issues.findById(due.issueId()).orElseThrow();
        String jst = jsts.get(issue.getJstId()).name();
        StringBuilder list = new StringBuilder();
        issue.getItems().stream().sorted(Comparator.comparingInt(BulletinItem::getPosition)).forEach(item -> {
            list.append("• ").append(item.getTitle()).append('\n');
            if (item.getWhen() != null) {
                list.append("  ").append(item.getWhen()).append('\n');
            }
            if (item.getSummary() != null) {
                list.append("  ").append(item.getSummary()).append('\n');
            }
            list.append("  ").append(baseUrl).append(item.getPath()).append("\n\n");
        });
        String subject = messages.getMessage("bulletin.mail.subject", new Object[] { issue.getNumber(), jst }, POLISH);
        mailer.send(new OutgoingMail(due.email(), subject, messages.getMessage("bulletin.mail.body",
                new Object[] { due.displayName(), issue.getNumber(), jst, list.toString().strip(),
                        baseUrl + "/bulletin/" + issue.getId() + ".pdf", baseUrl + "/account/subscriptions" },
                POLISH),
                List.of(new OutgoingMail.Attachment("biuletyn-" + issue.getNumber() + ".pdf", "application/pdf",
                        issue.getPdf()))));
    }

}
