package pl.wspolnie.calendar.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import pl.wspolnie.accounts.Notification;
import pl.wspolnie.accounts.Notifications;
import pl.wspolnie.calendar.CalendarNotificationKinds;
import pl.wspolnie.organizations.Organizations;
import pl.wspolnie.shared.time.ClockConfig;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Tells the person who proposed an organisation's event, and the organisation's active
 * representatives, how the liaison officer or centre staff decided (a rejection with its
 * reason). Runs after the decision is committed, through {@link Notifications}.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CalendarMails {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final CalendarEventRepository events;

    private final Organizations organizations;

    private final Notifications notifications;

    @ApplicationModuleListener
    void on(CalendarEventModerated moderated) {
        events.findById(moderated.eventId()).ifPresent(event -> {
            Set<Long> people = new LinkedHashSet<>();
            people.add(event.getAuthorId());
            if (event.getOrganizationId() != null) {
                people.addAll(organizations.representativesOf(List.of(event.getOrganizationId())));
            }
            String when = WHEN.format(event.getStartsAt().atZone(ClockConfig.WARSAW));
            String link = notifications.link(CalendarEvents.path(event));
            if (event.getStatus() == EventStatus.PUBLISHED) {
                notifications.tellAll(people,
                        Notification.of(CalendarNotificationKinds.EVENT_MODERATED, "calendar.mail.approved")
                            .subject(event.getTitle())
                            .body(event.getTitle(), when, link));
            }
            else if (event.getStatus() == EventStatus.REJECTED) {
                notifications.tellAll(people,
                        Notification.of(CalendarNotificationKinds.EVENT_MODERATED, "calendar.mail.rejected")
                            .subject(event.getTitle())
                            .body(event.getTitle(), when, event.getRejectReason(), link));
            }
        });
    }

}
