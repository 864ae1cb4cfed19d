package pl.wspolnie.noticeboard.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import pl.wspolnie.accounts.Accounts;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.accounts.Notification;
import pl.wspolnie.accounts.Notifications;
import pl.wspolnie.noticeboard.NoticeBoardNotificationKinds;
import pl.wspolnie.organizations.Organizations;
import pl.wspolnie.partnership.Jsts;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Tells the liaison officers of a notice's JST (and of the JSTs above it) that a notice
 * waits for them, the author how they decided (with the reason of a rejection), and the
 * organisation's representatives (with the author) that a volunteer answered. Runs after
 * the action is committed.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class NoticeMails {

    private final NoticeRepository notices;

    private final NoticeResponseRepository responses;

    private final Notifications notifications;

    private final Organizations organizations;

    private final Accounts accounts;

    private final Jsts jsts;

    @ApplicationModuleListener
    void on(NoticeEvents.AwaitsModeration event) {
        notices.findById(event.noticeId()).filter(n -> n.getStatus() == NoticeStatus.PENDING).ifPresent(n -> {
            notifications.tellAll(liaisonOfficers(n.getJstId()),
                    Notification.of(NoticeBoardNotificationKinds.AWAITS_MODERATION, "notices.mail.awaitsModeration")
                        .subject(n.getTitle())
                        .body(n.getTitle(), notifications.link("/notices/moderation")));
        });
    }

    @ApplicationModuleListener
    void on(NoticeEvents.Moderated event) {
        notices.findById(event.noticeId()).ifPresent(n -> {
            if (n.getStatus() == NoticeStatus.PUBLISHED) {
                notifications.tell(n.getAuthorId(),
                        Notification.of(NoticeBoardNotificationKinds.MODERATED, "notices.mail.approved")
                            .subject(n.getTitle())
                            .body(n.getTitle(), notifications.link("/notices/" + n.getId())));
            }
            else if (n.getStatus() == NoticeStatus.REJECTED) {
                notifications.tell(n.getAuthorId(),
                        Notification.of(NoticeBoardNotificationKinds.MODERATED, "notices.mail.rejected")
                            .subject(n.getTitle())
                            .body(n.getTitle(), n.getModerationReason(), notifications.link("/notices/" + n.getId())));
            }
        });
    }

    @ApplicationModuleListener
    void on(NoticeEvents.VolunteerResponded event) {
        notices.findById(event.noticeId()).ifPresent(n -> responses.findById(event.responseId()).ifPresent(r -> {
            Set<Long> people = new LinkedHashSet<>();
            people.add(n.getAuthorId());
            if (n.getOrganizationId() != null) {
                people.addAll(organizations.representativesOf(Set.of(n.getOrganizationId())));
            }
            people.remove(r.getUserId());
            String volunteer = accounts.find(r.getUserId()).map(a -> a.displayName()).orElse("");
            notifications.tellAll(people,
                    Notification.of(NoticeBoardNotificationKinds.VOLUNTEER_RESPONDED, "notices.mail.volunteerResponded")
                        .subject(n.getTitle())
                        .body(n.getTitle(), volunteer, r.getMessage(), notifications.link("/notices/" + n.getId())));
        }));
    }

    /** The people holding the liaison officer's role in the JST or in a JST above it. */
    private Set<Long> liaisonOfficers(long jstId) {
        return accounts.holdersOf(List.of(Role.LIAISON_OFFICER), jsts.selfAndAncestors(jstId));
    }

}
