package pl.wspolnie.organizations.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import pl.wspolnie.accounts.AccountSummary;
import pl.wspolnie.accounts.Accounts;
import pl.wspolnie.accounts.Notification;
import pl.wspolnie.accounts.Notifications;
import pl.wspolnie.organizations.MembershipEvents;
import pl.wspolnie.organizations.OrganizationsNotificationKinds;

/**
 * Tells the organisation's active representatives about a new request to join, and the
 * person who asked about the decision, through {@link Notifications}. Runs after the
 * request or decision is committed.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MembershipMails {

    private final MembershipRepository memberships;

    private final Accounts accounts;

    private final Notifications notifications;

    @ApplicationModuleListener
    void on(MembershipEvents.JoinRequested event) {
        String requester = accounts.find(event.requesterId()).map(AccountSummary::displayName).orElse("");
        notifications.tellAll(
                memberships.findByStatus(event.organizationId(), MembershipStatus.ACTIVE)
                    .stream()
                    .map(Membership::getUserId)
                    .toList(),
                Notification.of(OrganizationsNotificationKinds.JOIN_REQUESTED, "organizations.mail.joinRequested")
                    .subject(event.organizationName())
                    .body(requester, event.organizationName(),
                            notifications.link("/organizations/" + event.organizationId() + "/members")));
    }

    @ApplicationModuleListener
    void on(MembershipEvents.JoinDecided event) {
        notifications
            .tell(event.requesterId(),
                    Notification
                        .of(OrganizationsNotificationKinds.JOIN_DECIDED,
                                event.accepted() ? "organizations.mail.joinAccepted"
                                        : "organizations.mail.joinRejected")
                        .subject(event.organizationName())
                        .body(event.organizationName(),
                                notifications.link("/organizations/" + event.organizationId())));
    }

}
