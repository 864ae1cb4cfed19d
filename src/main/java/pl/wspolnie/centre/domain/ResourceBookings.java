package pl.wspolnie.centre.domain;

import pl.wspolnie.shared.domain.NotAllowed;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.organizations.OrganizationSummary;
import pl.wspolnie.organizations.Organizations;
import pl.wspolnie.shared.security.AuthenticatedUser;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.time.ClockConfig;
import pl.wspolnie.shared.database.SqlStates;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.domain.NotFound;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Booking rooms and equipment. A request that fits the rules is confirmed at once when
 * the time is free; the database's exclusion constraint {@code centre_booking_no_overlap}
 * is what makes a second, overlapping booking impossible, even when two requests arrive
 * at the same moment. A room and an equipment item requested together are saved together
 * or not at all.
 */
@Service
@Transactional
public class ResourceBookings {

    /** The longest reason of a cancellation or a refusal. */
    public static final int MAX_REASON = 500;

    public record BookingRequest(long resourceId, Long equipmentId, long organizationId, LocalDate date, LocalTime from,
            LocalTime to, String purpose) {
    }

    public record Slot(long bookingId, LocalTime from, LocalTime to, String organization, String purpose,
            boolean mayCancel, BookingStatus status) {

        public boolean pending() {
            return status == BookingStatus.PENDING;
        }

        public boolean expired() {
            return status == BookingStatus.EXPIRED;
        }
    }

    /** A request waiting for staff (the centre's list of pending requests). */
    public record PendingRequest(long id, String resource, String equipment, ZonedDateTime start, ZonedDateTime end,
            String organization, String purpose, ZonedDateTime requestedAt, boolean expired) {
    }

    /** What a request became: the ids of its rows and whether it waits for staff. */
    public record Booked(List<Long> ids, BookingStatus status) {
    }

    public record Day(LocalDate date, boolean open, List<Slot> slots) {
    }

    public record Week(Resource resource, LocalDate monday, List<Day> days) {
    }

    public record MyBooking(long id, String resource, ZonedDateTime start, ZonedDateTime end, String organization,
            String purpose, BookingStatus status, String cancelReason, String alsoCancels) {
    }

    private final ResourceRepository resources;

    private final BookingRepository bookings;

    private final CentreRepository centres;

    private final CentreAccess access;

    private final Permissions permissions;

    private final Organizations organizations;

    private final Clock clock;

    private final ApplicationEventPublisher events;

    ResourceBookings(ResourceRepository resources, BookingRepository bookings, CentreRepository centres,
            CentreAccess access, Permissions permissions, Organizations organizations, Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.resources = resources;
        this.bookings = bookings;
        this.centres = centres;
        this.access = access;
        this.permissions = permissions;
        this.organizations = organizations;
        this.clock = clock;
    }

    /**
     * Books the resource (and the equipment item with it) for the organisation. When
     * either requires confirmation the whole request is PENDING (and holds the time);
     * otherwise it is CONFIRMED.
     */
    public Booked book(BookingRequest request) {
        AuthenticatedUser user = access.requireRepresentative(request.organizationId());
        Resource resource = activeResource(request.resourceId());
        List<Resource> wanted = new ArrayList<>(List.of(resource));
        if (request.equipmentId() != null) {
            Resource equipment = activeResource(request.equipmentId());
            if (equipment.getKind() != ResourceKind.EQUIPMENT || !equipment.getCentreId().equals(resource.getCentreId())
                    || equipment.getId().equals(resource.getId())) {
                throw new RuleViolation("equipmentId", "centre.booking.equipmentInvalid");
            }
            wanted.add(equipment);
        }
        ZonedDateTime now = ZonedDateTime.now(clock);
        ZonedDateTime start = request.date().atTime(request.from()).atZone(ClockConfig.WARSAW);
        ZonedDateTime end = request.date().atTime(request.to()).atZone(ClockConfig.WARSAW);
        for (Resource r : wanted) {
            r.checkRules(start, end, now);
        }
        UUID group = UUID.randomUUID();
        BookingStatus status = wanted.stream().anyMatch(Resource::isRequiresConfirmation) ? BookingStatus.PENDING
                : BookingStatus.CONFIRMED;
        List<Long> ids = new ArrayList<>();
        try {
            for (Resource r : wanted) {
                ids.add(bookings
                    .saveAndFlush(new Booking(r.getId(), request.organizationId(), user.userId(), group,
                            start.toInstant(), end.toInstant(), request.purpose(), status, clock.instant()))
                    .getId());
            }
        }
        catch (DataIntegrityViolationException e) {
            if (isOverlap(e)) {
                throw new RuleViolation("from", "centre.booking.taken");
            }
            throw e;
        }
        return new Booked(ids, status);
    }

    static boolean isOverlap(Throwable e) {
        return SqlStates.causedBy(e, SqlStates.EXCLUSION_VIOLATION);
    }

    /**
     * What a cancellation did: the rows cancelled (the first is the one asked for) and
     * whether centre staff cancelled somebody else's booking (then the requester gets an
     * e-mail).
     */
    public record Cancelled(List<Long> ids, boolean byStaff) {

        /** More than one row: a room and the equipment booked with it. */
        public boolean together() {
            return ids.size() > 1;
        }
    }

    /**
     * Cancels a booking: by centre staff or by a representative of the organisation.
     * Cancelling the room of a room + equipment request cancels the equipment booked with
     * it too (same reason); cancelling only the equipment row keeps the room. When staff
     * cancel a booking that is not theirs (they neither requested it nor represent its
     * organisation) a reason is required and the requester gets an e-mail after the
     * commit.
     */
    public Cancelled cancel(long bookingId, String reason) {
        AuthenticatedUser user = permissions.requireUser();
        Booking booking = bookings.findById(bookingId).orElseThrow(() -> new NotFound("centre"));
        Resource resource = resources.findById(booking.getResourceId()).orElseThrow();
        boolean staff = access.isStaff(centres.findById(resource.getCentreId()).orElseThrow());
        boolean own = booking.getRequestedBy() == user.userId()
                || organizations.isRepresentative(user.userId(), booking.getOrganizationId());
        if (!staff && !own) {
            throw new NotAllowed("may not cancel booking " + bookingId);
        }
        boolean byStaff = staff && !own;
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (byStaff && why == null) {
            throw new RuleViolation("reason", "centre.booking.staffReasonNeeded");
        }
        requireShortReason(why);
        Instant now = clock.instant();
        boolean wasPending = booking.getStatus() == BookingStatus.PENDING;
        booking.cancel(user.userId(), why, now);
        List<Long> ids = new ArrayList<>(List.of(booking.getId()));
        if (resource.getKind() == ResourceKind.ROOM) {
            for (Booking other : bookings.findByRequestGroup(booking.getRequestGroup())) {
                if (!other.getId().equals(booking.getId()) && other.getStatus().holdsTime()) {
                    other.cancel(user.userId(), why, now);
                    ids.add(other.getId());
                }
            }
        }
        if (byStaff) {
            events.publishEvent(new BookingCancelledByStaff(ids, wasPending));
        }
        return new Cancelled(ids, byStaff);
    }

    /**
     * Staff confirm a pending request (false when it has expired) (the room and the
     * equipment item with it); the requester gets an e-mail.
     */
    public boolean confirm(long bookingId) {
        return decide(bookingId, true, null);
    }

    /**
     * Staff decline a pending request with a reason; the time is free again and the
     * requester gets an e-mail.
     */
    public boolean decline(long bookingId, String reason) {
        return decide(bookingId, false, reason == null ? "" : reason.strip());
    }

    /**
     * A reason given for a cancellation or a refusal (of a room, equipment or an advice
     * appointment) is at most {@link #MAX_REASON} characters.
     */
    static void requireShortReason(String reason) {
        if (reason != null && reason.length() > MAX_REASON) {
            throw new RuleViolation("reason", "centre.reasonTooLong", MAX_REASON);
        }
    }

    /** False (and the request marked EXPIRED) when its start has already come. */
    private boolean decide(long bookingId, boolean confirm, String reason) {
        Booking booking = bookings.findById(bookingId).orElseThrow(() -> new NotFound("centre"));
        Resource resource = resources.findById(booking.getResourceId()).orElseThrow();
        AuthenticatedUser staff = access.requireStaff(centres.findById(resource.getCentreId()).orElseThrow());
        if (!confirm && reason.isEmpty()) {
            throw new RuleViolation("reason", "centre.pending.reasonNeeded");
        }
        requireShortReason(reason);
        Instant now = clock.instant();
        List<Booking> group = bookings.findByRequestGroup(booking.getRequestGroup());
        if (booking.getStatus() == BookingStatus.PENDING && booking.isExpiredAt(now)) {
            group.stream().filter(b -> b.getStatus() == BookingStatus.PENDING).forEach(b -> b.expire(now));
            return false;
        }
        if (booking.getStatus() != BookingStatus.PENDING) {
            throw new RuleViolation(null, "centre.booking.notPending");
        }
        // only the rows still waiting: the requester may have cancelled the equipment
        // booked with the room
        for (Booking b : group.stream().filter(b -> b.getStatus() == BookingStatus.PENDING).toList()) {
            if (confirm) {
                b.confirm(staff.userId(), now);
            }
            else {
                b.decline(staff.userId(), reason, now);
            }
        }
        events.publishEvent(new BookingDecided(bookingId, confirm));
        return true;
    }

    /**
     * Pending requests of the centre (staff only), soonest first; the room's row stands
     * for a room + equipment request.
     */
    @Transactional(readOnly = true)
    public List<PendingRequest> pending(long centreId) {
        access.requireStaff(centres.findById(centreId).orElseThrow(() -> new NotFound("centre")));
        List<Booking> found = bookings.pendingOfCentre(centreId);
        Map<Long, Resource> res = new HashMap<>();
        resources.findAllById(new HashSet<>(found.stream().map(Booking::getResourceId).toList()))
            .forEach(r -> res.put(r.getId(), r));
        Map<Long, OrganizationSummary> orgs = found.isEmpty() ? Map.of()
                : organizations.findAll(new HashSet<>(found.stream().map(Booking::getOrganizationId).toList()));
        Map<UUID, List<Booking>> byGroup = new LinkedHashMap<>();
        found.forEach(b -> byGroup.computeIfAbsent(b.getRequestGroup(), g -> new ArrayList<>()).add(b));
        Instant now = clock.instant();
        List<PendingRequest> out = new ArrayList<>();
        for (List<Booking> group : byGroup.values()) {
            Booking main = group.stream()
                .filter(b -> res.get(b.getResourceId()).getKind() == ResourceKind.ROOM)
                .findFirst()
                .orElse(group.get(0));
            String equipment = group.stream()
                .filter(b -> b != main)
                .map(b -> res.get(b.getResourceId()).getName())
                .collect(Collectors.joining(", "));
            out.add(new PendingRequest(main.getId(), res.get(main.getResourceId()).getName(), equipment,
                    main.getStartsAt().atZone(ClockConfig.WARSAW), main.getEndsAt().atZone(ClockConfig.WARSAW),
                    orgs.containsKey(main.getOrganizationId()) ? orgs.get(main.getOrganizationId()).name() : "",
                    main.getPurpose(), main.getCreatedAt().atZone(ClockConfig.WARSAW), main.isExpiredAt(now)));
        }
        return out;
    }

    /** Every five minutes (wspolnie.centre.pending-expiry-cron), on one instance. */
    @Scheduled(cron = "${wspolnie.centre.pending-expiry-cron:0 */5 * * * *}", zone = "Europe/Warsaw")
    @SchedulerLock(name = "centre.pending-expiry", lockAtLeastFor = "PT30S")
    public void expireScheduled() {
        expirePending();
    }

    /**
     * Marks pending requests whose start has come as EXPIRED (they stop holding the
     * time); returns how many. Run by the scheduler
     * ({@code wspolnie.centre.pending-expiry-cron}); tests call it with the test clock.
     */
    public int expirePending() {
        Instant now = clock.instant();
        List<Booking> due = bookings.pendingStartedBy(now);
        due.forEach(b -> b.expire(now));
        return due.size();
    }

    /**
     * Everything the week view of a resource shows: the resource and its centre, the
     * week, and for a representative the organisations they may book for and the centre's
     * equipment (the booking form). One read-only transaction. When nothing in the week
     * is the visitor's own (no booking of their organisations, not staff) the week itself
     * is not read: {@code week} is null and {@code shared} is a fingerprint of its
     * bookings (count, a hash of their ids, versions and statuses, how many pending ones
     * have started), the same for every such visitor; the table kept for it is then
     * shown, or {@link #week(Resource, Centre, LocalDate, Set)} with no organisations
     * builds it.
     */
    public record WeekView(Resource resource, Centre centre, Week week, String shared,
            List<OrganizationSummary> myOrganizations, List<Resource> equipment) {
    }

    @Transactional(readOnly = true)
    public WeekView weekView(long resourceId, LocalDate monday) {
        Resource resource = activeResource(resourceId);
        Centre centre = centres.findById(resource.getCentreId()).orElseThrow(() -> new NotFound("centre"));
        Set<Long> mine = permissions.currentUser().map(u -> organizations.representedBy(u.userId())).orElse(Set.of());
        String shared = null;
        if (!access.isStaff(centre)) {
            Instant from = monday.atStartOfDay(ClockConfig.WARSAW).toInstant();
            BookingRepository.HeldSummary summary = bookings.summaryBetween(resource.getId(), from,
                    monday.plusDays(7).atStartOfDay(ClockConfig.WARSAW).toInstant(), from.minus(Duration.ofDays(1)),
                    clock.instant(), mine.isEmpty() ? Set.of(-1L) : mine);
            shared = summary.getOwn() ? null
                    : summary.getCount() + ":" + summary.getHash() + ":" + summary.getStarted();
        }
        Week week = shared == null ? week(resource, centre, monday, mine) : null;
        List<OrganizationSummary> orgs = mine.isEmpty() ? List.of()
                : organizations.findAll(mine)
                    .values()
                    .stream()
                    .sorted(Comparator.comparing(OrganizationSummary::name))
                    .toList();
        List<Resource> equipment = resource.getKind() == ResourceKind.ROOM && !orgs.isEmpty()
                ? resources.findByCentreIdAndActiveTrueOrderByKindAscNameAsc(centre.getId())
                    .stream()
                    .filter(r -> r.getKind() == ResourceKind.EQUIPMENT)
                    .toList()
                : List.of();
        return new WeekView(resource, centre, week, shared, orgs, equipment);
    }

    /**
     * The week, given the organisations the current person represents (the caller has
     * them already).
     */
    @Transactional(readOnly = true)
    public Week week(Resource resource, Centre centre, LocalDate monday, Set<Long> mine) {
        if (!resource.getCentreId().equals(centre.getId())) {
            throw new IllegalArgumentException("resource " + resource.getId() + " is not of centre " + centre.getId());
        }
        long resourceId = resource.getId();
        boolean staff = access.isStaff(centre);
        Instant now = clock.instant();
        List<BookingRepository.Held> found = bookings.holdingBetween(resourceId,
                monday.atStartOfDay(ClockConfig.WARSAW).toInstant(),
                monday.plusDays(7).atStartOfDay(ClockConfig.WARSAW).toInstant());
        Map<Long, OrganizationSummary> orgs = found.isEmpty() ? Map.of() : organizations
            .findAll(new HashSet<>(found.stream().map(BookingRepository.Held::organizationId).toList()));
        Map<LocalDate, List<Slot>> byDate = new HashMap<>();
        for (BookingRepository.Held b : found) {
            ZonedDateTime start = b.startsAt().atZone(ClockConfig.WARSAW);
            boolean own = staff || mine.contains(b.organizationId());
            OrganizationSummary org = orgs.get(b.organizationId());
            byDate.computeIfAbsent(start.toLocalDate(), d -> new ArrayList<>())
                .add(new Slot(b.id(), start.toLocalTime(), b.endsAt().atZone(ClockConfig.WARSAW).toLocalTime(),
                        org == null ? "" : org.name(), own ? b.purpose() : null, own, b.statusAt(now)));
        }
        List<Day> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LocalDate date = monday.plusDays(i);
            days.add(new Day(date, resource.isOpenOn(date), List.copyOf(byDate.getOrDefault(date, List.of()))));
        }
        return new Week(resource, monday, days);
    }

    /**
     * Upcoming bookings the person made or that belong to organisations they represent.
     */
    @Transactional(readOnly = true)
    public List<MyBooking> mine() {
        AuthenticatedUser user = permissions.requireUser();
        Set<Long> orgIds = organizations.representedBy(user.userId());
        Instant now = clock.instant();
        List<Booking> found = bookings.upcomingFor(user.userId(), orgIds.isEmpty() ? Set.of(-1L) : orgIds, now);
        Map<Long, Resource> res = new HashMap<>();
        resources.findAllById(new HashSet<>(found.stream().map(Booking::getResourceId).toList()))
            .forEach(r -> res.put(r.getId(), r));
        Map<Long, OrganizationSummary> orgs = organizations
            .findAll(new HashSet<>(found.stream().map(Booking::getOrganizationId).toList()));
        // cancelling a room also cancels the equipment booked with it: say so next to the
        // room's button
        Map<UUID, List<Booking>> groups = new HashMap<>();
        found.forEach(b -> groups.computeIfAbsent(b.getRequestGroup(), g -> new ArrayList<>()).add(b));
        return found.stream()
            .map(b -> new MyBooking(b.getId(), res.get(b.getResourceId()).getName(),
                    b.getStartsAt().atZone(ClockConfig.WARSAW), b.getEndsAt().atZone(ClockConfig.WARSAW),
                    orgs.containsKey(b.getOrganizationId()) ? orgs.get(b.getOrganizationId()).name() : "",
                    b.getPurpose(), b.isExpiredAt(now) ? BookingStatus.EXPIRED : b.getStatus(), b.getCancelReason(),
                    res.get(b.getResourceId()).getKind() != ResourceKind.ROOM ? ""
                            : String.join(", ",
                                    groups.get(b.getRequestGroup())
                                        .stream()
                                        .filter(o -> o != b && o.getStatus().holdsTime())
                                        .map(o -> res.get(o.getResourceId()).getName())
                                        .toList())))
            .toList();
    }

    private Resource activeResource(long id) {
        return resources.findById(id).filter(Resource::isActive).orElseThrow(() -> new NotFound("centre"));
    }

}
