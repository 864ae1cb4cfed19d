package pl.wspolnie.calendar.domain;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.partnership.JstSummary;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.shared.events.CalendarEntryPublished;
import pl.wspolnie.shared.events.CalendarEntryType;
import pl.wspolnie.shared.events.CalendarEntryWithdrawn;
import pl.wspolnie.shared.events.ContentPublished;
import pl.wspolnie.shared.events.ContentType;
import pl.wspolnie.shared.security.AuthenticatedUser;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.shared.time.ClockConfig;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.domain.NotFound;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The calendar's own events: officials, liaison officers and centre staff of a JST add,
 * change and cancel them. They reach the calendar page, the feeds, subscriptions and the
 * bulletin the same way as every other module's items: through CalendarEntryPublished /
 * CalendarEntryWithdrawn and ContentPublished.
 */
@Service
@Transactional
public class CalendarEvents {

    public static final String SOURCE = "calendar";
    static final Role[] ORGANISERS = { Role.OFFICIAL, Role.CENTRE_STAFF, Role.LIAISON_OFFICER };

    private final CalendarEventRepository events;

    private final Permissions permissions;

    private final Jsts jsts;

    private final ApplicationEventPublisher publisher;

    private final Clock clock;

    CalendarEvents(CalendarEventRepository events, Permissions permissions, Jsts jsts,
            ApplicationEventPublisher publisher, Clock clock) {
        this.events = events;
        this.permissions = permissions;
        this.jsts = jsts;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The JSTs where the current user may add events. */
    @Transactional(readOnly = true)
    public List<JstSummary> organiserJsts() {
        if (permissions.currentUser().isEmpty()) {
            return List.of();
        }
        if (permissions.isPlatformAdmin()) {
            return jsts.members();
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (Role r : ORGANISERS) {
            ids.addAll(permissions.jstsWith(r));
        }
        return jsts.all().stream().filter(j -> ids.contains(j.id())).toList();
    }

    public long add(Long jstId, EventDetails details) {
        AuthenticatedUser user = permissions.requireUser();
        if (jstId == null || !jsts.exists(jstId)) {
            throw new RuleViolation("jstId", "calendar.jst.required");
        }
        permissions.require(jstId, ORGANISERS);
        check(details);
        CalendarEvent event = events.save(new CalendarEvent(jstId, user.userId(), details, clock.instant()));
        publish(event);
        publisher.publishEvent(new ContentPublished(ContentType.EVENT, String.valueOf(event.getId()), event.getTitle(),
                event.getDescription(), path(event), event.getJstId(), Set.copyOf(event.getSphereCodes()),
                clock.instant()));
        return event.getId();
    }

    @Transactional(readOnly = true)
    public CalendarEvent forEdit(long id) {
        CalendarEvent event = get(id);
        permissions.require(event.getJstId(), ORGANISERS);
        return event;
    }

    public void change(long id, long version, EventDetails details) {
        CalendarEvent event = forEdit(id);
        if (event.getVersion() != version) {
            throw new RuleViolation(null, "calendar.edit.conflict");
        }
        check(details);
        event.apply(details);
        publish(event);
    }

    public void cancel(long id) {
        CalendarEvent event = forEdit(id);
        events.delete(event);
        publisher.publishEvent(new CalendarEntryWithdrawn(SOURCE, String.valueOf(id)));
    }

    @Transactional(readOnly = true)
    public CalendarEvent get(long id) {
        return events.findById(id).orElseThrow(() -> new NotFound("event " + id));
    }

    private void publish(CalendarEvent e) {
        publisher.publishEvent(new CalendarEntryPublished(SOURCE, String.valueOf(e.getId()), e.getType(), e.getTitle(),
                e.getDescription(), e.getStartsAt().atZone(ClockConfig.WARSAW),
                e.getEndsAt() == null ? null : e.getEndsAt().atZone(ClockConfig.WARSAW), e.getPlace(), e.getJstId(),
                Set.copyOf(e.getSphereCodes()), path(e)));
    }

    public static String path(CalendarEvent e) {
        return "/calendar/events/" + e.getId();
    }

    private static void check(EventDetails d) {
        if (d.type() == CalendarEntryType.COMPETITION_DEADLINE) {
            throw new RuleViolation("type", "calendar.type.notOwn");
        }
        if (d.end() != null && d.end().isBefore(d.start())) {
            throw new RuleViolation("end", "calendar.end.beforeStart");
        }
    }

}
