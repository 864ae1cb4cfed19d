package pl.wspolnie.council.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import pl.wspolnie.accounts.Accounts;
import pl.wspolnie.accounts.Notification;
import pl.wspolnie.accounts.Notifications;
import pl.wspolnie.council.CouncilNotificationKinds;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.shared.text.Formats;

import java.util.Set;
import java.time.LocalDate;
import java.util.List;

/**
 * Tells the council members of a request for their opinion (and records the delivery,
 * from which their days run), and the JST's officials and liaison officers when enough
 * organisations asked for a council. Runs after the action is committed.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CouncilMails {

    private final Notifications notifications;

    private final CouncilWork work;

    private final Jsts jsts;

    private final Accounts accounts;

    private final Formats fmt;

    @ApplicationModuleListener
    void on(CouncilEvents.OpinionRequested event) {
        Set<Long> members = holders(event.jstId(), List.of(Role.COUNCIL_MEMBER));
        if (members.isEmpty()) {
            return; // nobody to deliver to: the deadline stays as counted from the
                    // request
        }
        LocalDate deadline = work.delivered(event.requestId());
        notifications.tellAll(members,
                Notification.of(CouncilNotificationKinds.OPINION_REQUESTED, "council.mail.opinionRequested")
                    .subject(event.subject())
                    .body(event.subject(), jsts.get(event.jstId()).name(), fmt.date(deadline),
                            notifications.link("/council/" + event.jstId() + "#opinion-" + event.requestId())));
    }

    @ApplicationModuleListener
    void on(CouncilEvents.CreationRequestsReached event) {
        Set<Long> officials = holders(event.jstId(), List.of(Role.OFFICIAL, Role.LIAISON_OFFICER));
        notifications.tellAll(officials,
                Notification.of(CouncilNotificationKinds.CREATION_REQUESTED, "council.mail.creationRequested")
                    .subject(jsts.get(event.jstId()).name())
                    .body(jsts.get(event.jstId()).name(), String.valueOf(event.organizations()),
                            fmt.date(event.deadline()), notifications.link("/council/" + event.jstId())));
    }

    /**
     * The people holding one of the roles in the JST.
     */
    private Set<Long> holders(long jstId, List<Role> roles) {
        return accounts.holdersOf(roles, List.of(jstId));
    }

}
