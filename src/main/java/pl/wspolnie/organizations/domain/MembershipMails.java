package pl.wspolnie.organizations.domain;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import pl.wspolnie.accounts.AccountSummary;
import pl.wspolnie.accounts.Accounts;
import pl.wspolnie.organizations.MembershipEvents;
import pl.wspolnie.shared.mail.MailQueue;
import pl.wspolnie.shared.mail.Mailer;
import pl.wspolnie.shared.mail.OutgoingMail;

import java.util.Locale;
import java.util.Map;

/**
 * Tells the organisation's active representatives about a new request to join, and the
 * person who asked about the decision. Runs after the request or decision is committed.
 */
@Component
class MembershipMails {

    private static final Locale POLISH = Locale.forLanguageTag("pl");

    private final MembershipRepository memberships;

    private final Accounts accounts;

    private final Mailer mailer;

    private final MailQueue queue;

    private final MessageSource messages;

    private final String baseUrl;

    MembershipMails(MembershipRepository memberships, Accounts accounts, Mailer mailer, MailQueue queue,
            MessageSource messages, @Value("${wspolnie.base-url}") String baseUrl) {
        this.memberships = memberships;
        this.accounts = accounts;
        this.mailer = mailer;
        this.queue = queue;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    @ApplicationModuleListener
    void on(MembershipEvents.JoinRequested event) {
        String requester = accounts.find(event.requesterId()).map(AccountSummary::displayName).orElse("");
        String link = baseUrl + "/organizations/" + event.organizationId() + "/members";
        Map<Long, AccountSummary> representatives = accounts
            .findAll(memberships.findByStatus(event.organizationId(), MembershipStatus.ACTIVE)
                .stream()
                .map(Membership::getUserId)
                .toList());
        for (AccountSummary rep : representatives.values()) { // one queued mail each: a
                                                              // failed one is retried
                                                              // alone
            queue.queue(new OutgoingMail(rep.email(),
                    messages.getMessage("organizations.mail.joinRequested.subject",
                            new Object[] { event.organizationName() }, POLISH),
                    messages.getMessage("organizations.mail.joinRequested.body",
                            new Object[] { rep.displayName(), requester, event.organizationName(), link }, POLISH)));
        }
    }

    @ApplicationModuleListener
    void on(MembershipEvents.JoinDecided event) {
        accounts.find(event.requesterId())
            .ifPresent(person -> mailer.send(new OutgoingMail(person.email(),
                    messages.getMessage("organizations.mail.joinDecided.subject",
                            new Object[] { event.organizationName() }, POLISH),
                    messages.getMessage(
                            event.accepted() ? "organizations.mail.joinAccepted.body"
                                    : "organizations.mail.joinRejected.body",
                            new Object[] { person.displayName(), event.organizationName(),
                                    baseUrl + "/organizations/" + event.organizationId() },
                            POLISH))));
    }

}
