package pl.wspolnie.initiatives.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import pl.wspolnie.accounts.Accounts;
import pl.wspolnie.accounts.Notification;
import pl.wspolnie.accounts.Notifications;
import pl.wspolnie.initiatives.InitiativesNotificationKinds;
import pl.wspolnie.organizations.Organizations;
import pl.wspolnie.shared.security.Role;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The mails of local initiatives, after the action's commit: the invitation of a
 * co-applicant, the submission to the JST's officials, the decision to the applicants
 * (the accepted members of a group, the representatives of an NGO).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class InitiativeMails {

    private static final List<Role> OFFICIALS = List.of(Role.OFFICIAL, Role.JST_ADMIN);

    private final Notifications notifications;

    private final InitiativeRepository initiatives;

    private final InitiativeMemberRepository members;

    private final Accounts accounts;

    private final Organizations organizations;

    private String link(Initiative i) {
        return notifications.link("/initiatives/" + i.getId());
    }

    @ApplicationModuleListener
    void on(InitiativeEvents.Invited event) {
        Initiative i = initiatives.findById(event.initiativeId()).orElseThrow();
        String lead = accounts.find(i.getLeadUserId()).map(a -> a.displayName()).orElse("");
        notifications.tell(event.userId(),
                Notification.of(InitiativesNotificationKinds.INVITED, "initiatives.mail.invited")
                    .subject(i.getTitle())
                    .body(i.getTitle(), lead, link(i)));
    }

    @ApplicationModuleListener
    void on(InitiativeEvents.Submitted event) {
        Initiative i = initiatives.findById(event.initiativeId()).orElseThrow();
        Set<Long> officials = accounts.holdersOf(OFFICIALS, List.of(i.getJstId()));
        notifications.tellAll(officials,
                Notification.of(InitiativesNotificationKinds.SUBMITTED, "initiatives.mail.submitted")
                    .subject(i.getTitle())
                    .body(i.getTitle(), event.version(), link(i)));
    }

    @ApplicationModuleListener
    void on(InitiativeEvents.Decided event) {
        Initiative i = initiatives.findById(event.initiativeId()).orElseThrow();
        Set<Long> people = new LinkedHashSet<>();
        people.add(i.getLeadUserId());
        if (i.isByOrganization()) {
            people.addAll(organizations.representativesOf(List.of(i.getOrganizationId())));
        }
        else {
            members.findByInitiativeIdOrderByIdAsc(i.getId())
                .stream()
                .filter(InitiativeMember::isAccepted)
                .forEach(m -> people.add(m.getUserId()));
        }
        notifications.tellAll(people, Notification.of(InitiativesNotificationKinds.DECIDED, "initiatives.mail.decided")
            .subject(i.getTitle())
            .body(i.getTitle(), new DefaultMessageSourceResolvable("initiatives.status." + i.getStatus().name()),
                    i.getDecisionReason(), link(i)));
    }

}
