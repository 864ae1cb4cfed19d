package pl.wspolnie.calendar.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.organizations.OrganizationSummary;
import pl.wspolnie.organizations.Organizations;
import pl.wspolnie.partnership.JstSummary;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.partnership.RoleAreas;
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
import pl.wspolnie.shared.domain.NotAllowed;
import pl.wspolnie.shared.domain.NotFound;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Comparator;

/**
 * The calendar's own events: officials, liaison officers and centre staff of a JST add,
 * change and cancel them; an NGO's representative proposes one of their organisation,
 * which a liaison officer or centre staff approves (then it is published) or rejects with
 * a reason, as NGOs' news are moderated. They reach the calendar page, the feeds,
 * subscriptions and the bulletin the same way as every other module's items: through
 * CalendarEntryPublished / CalendarEntryWithdrawn and ContentPublished.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CalendarEvents {

    public static final String SOURCE = "calendar";
    static final Role[] ORGANISERS = { Role.OFFICIAL, Role.CENTRE_STAFF, Role.LIAISON_OFFICER };

    /** Who approves NGOs' proposals (in their JST and the JSTs below it). */
    static final Role[] MODERATORS = { Role.LIAISON_OFFICER, Role.CENTRE_STAFF };

    private final CalendarEventRepository events;

    private final Permissions permissions;

    private final Jsts jsts;

    private final RoleAreas roleAreas;

    private final ApplicationEventPublisher publisher;

    private final Clock clock;

    private final Organizations organizations;

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
        announce(event);
        return event.getId();
    }

    private void announce(CalendarEvent event) {
        publisher.publishEvent(new ContentPublished(ContentType.EVENT, String.valueOf(event.getId()), event.getTitle(),
                event.getDescription(), path(event), event.getJstId(), Set.copyOf(event.getSphereCodes()),
                clock.instant()));
    }

    /**
     * A representative proposes an event of their organisation: it waits in the
     * organisation's gmina until a liaison officer or centre staff there (or in a JST
     * above it) approves it; only then it reaches the calendar, feeds and subscribers.
     */
    public long propose(long organizationId, EventDetails details) {
        AuthenticatedUser user = permissions.requireUser();
        if (!organizations.isRepresentative(user.userId(), organizationId)) {
            throw new NotAllowed("not a representative of " + organizationId);
        }
        OrganizationSummary org = organizations.find(organizationId).orElseThrow(() -> new NotFound("organisation"));
        check(details);
        if (details.start().isBefore(clock.instant())) {
            throw new RuleViolation("start", "calendar.start.inPast");
        }
        return events
            .save(CalendarEvent.proposed(org.gminaId(), organizationId, user.userId(), details, clock.instant()))
            .getId();
    }

    /** The organisations the current person may propose events for. */
    @Transactional(readOnly = true)
    public List<OrganizationSummary> proposingOrganizations() {
        return permissions.currentUser()
            .map(u -> organizations.findAll(organizations.representedBy(u.userId()))
                .values()
                .stream()
                .sorted(Comparator.comparing(OrganizationSummary::name))
                .toList())
            .orElse(List.of());
    }

    /**
     * An event as its page shows it: published for everyone; a proposal (pending or
     * rejected) only for its organisation's representatives, its author and its
     * moderators (else 404).
     */
    @Transactional(readOnly = true)
    public CalendarEvent visible(long id) {
        CalendarEvent event = get(id);
        if (!event.isPublished() && !isProposer(event) && !mayModerate(event)) {
            throw new NotFound("event " + id);
        }
        return event;
    }

    private boolean isProposer(CalendarEvent event) {
        return permissions.currentUser()
            .map(u -> u.userId() == event.getAuthorId() || (event.getOrganizationId() != null
                    && organizations.isRepresentative(u.userId(), event.getOrganizationId())))
            .orElse(false);
    }

    /** Proposals waiting in the JSTs the current person moderates. */
    @Transactional(readOnly = true)
    public List<CalendarEvent> moderationQueue() {
        Set<Long> jstIds = moderatedJsts();
        return jstIds.isEmpty() ? List.of() : events.pendingIn(jstIds);
    }

    @Transactional(readOnly = true)
    public boolean moderates() {
        return permissions.currentUser().isPresent() && !moderatedJsts().isEmpty();
    }

    @Transactional(readOnly = true)
    public boolean mayModerate(CalendarEvent event) {
        return permissions.currentUser().isPresent() && moderatedJsts().contains(event.getJstId());
    }

    /**
     * The moderator publishes a proposal: it enters the calendar like an official's
     * event.
     */
    public void approve(long id) {
        CalendarEvent event = moderate(id, EventStatus.PUBLISHED, null);
        publish(event);
        announce(event);
    }

    /** The moderator rejects a proposal with the reason (shown to the organisation). */
    public void reject(long id, String reason) {
        moderate(id, EventStatus.REJECTED, reason);
    }

    private CalendarEvent moderate(long id, EventStatus decision, String reason) {
        AuthenticatedUser user = permissions.requireUser();
        CalendarEvent event = get(id);
        if (!mayModerate(event)) {
            throw new NotAllowed("may not moderate events of JST " + event.getJstId());
        }
        event.moderate(decision, user.userId(), reason, clock.instant());
        publisher.publishEvent(new CalendarEventModerated(event.getId()));
        return event;
    }

    /**
     * Liaison officers and centre staff moderate NGOs' events in their JST and every JST
     * below it (as news); a platform administrator everywhere.
     */
    private Set<Long> moderatedJsts() {
        return roleAreas.ofOrEverywhereForAdmin(MODERATORS);
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
        if (event.isPublished()) {
            publish(event);
        }
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
        if (d.type() == CalendarEntryType.COMPETITION_DEADLINE || d.type() == CalendarEntryType.SMALL_GRANT_REMARKS) {
            throw new RuleViolation("type", "calendar.type.notOwn");
        }
        if (d.end() != null && d.end().isBefore(d.start())) {
            throw new RuleViolation("end", "calendar.end.beforeStart");
        }
    }

}
