package pl.wspolnie.bulletin.domain;

import org.springframework.beans.factory.annotation.Value;
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

/** Sends a published issue as a newsletter (text with links, the PDF attached) to the subscribers who opted in. */
@Component
class BulletinMails {

    private static final Locale POLISH = Locale.forLanguageTag("pl");

    private final BulletinIssueRepository issues;
    private final Newsletter newsletter;
    private final Jsts jsts;
    private final Mailer mailer;
    private final MessageSource messages;
    private final String baseUrl;

    BulletinMails(BulletinIssueRepository issues, Newsletter newsletter, Jsts jsts, Mailer mailer, MessageSource messages,
                  @Value("${wspolnie.base-url}") String baseUrl) {
        this.issues = issues;
        this.newsletter = newsletter;
        this.jsts = jsts;
        this.mailer = mailer;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    @ApplicationModuleListener
    void on(BulletinPublished event) {
        BulletinIssue issue = issues.findById(event.issueId()).orElseThrow();
        String jst = jsts.get(issue.getJstId()).name();
        StringBuilder list = new StringBuilder();
        issue.getItems().stream().sorted(java.util.Comparator.comparingInt(BulletinItem::getPosition)).forEach(item -> {
            list.append("• ").append(item.getTitle()).append('\n');
            if (item.getSummary() != null) {
                list.append("  ").append(item.getSummary()).append('\n');
            }
            list.append("  ").append(baseUrl).append(item.getPath()).append("\n\n");
        });
        String subject = messages.getMessage("bulletin.mail.subject", new Object[]{issue.getNumber(), jst}, POLISH);
        byte[] pdf = issue.getPdf();
        List<AccountSummary> recipients = newsletter.recipients(issue.getJstId());
        for (AccountSummary person : recipients) {
            mailer.send(new OutgoingMail(person.email(), subject,
                    messages.getMessage("bulletin.mail.body", new Object[]{person.displayName(), issue.getNumber(), jst,
                            list.toString().strip(), baseUrl + "/bulletin/" + issue.getId() + ".pdf",
                            baseUrl + "/account/subscriptions"}, POLISH),
                    List.of(new OutgoingMail.Attachment("biuletyn-" + issue.getNumber() + ".pdf", "application/pdf", pdf))));
        }
    }
}
