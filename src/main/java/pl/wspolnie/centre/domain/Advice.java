package pl.wspolnie.centre.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import pl.wspolnie.shared.domain.NotAllowed;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.shared.database.SqlStates;
import pl.wspolnie.organizations.Organizations;
import pl.wspolnie.shared.scheduling.JobLocks;
import pl.wspolnie.shared.security.AuthenticatedUser;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.time.ClockConfig;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.domain.NotFound;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.HashMap;
import java.util.Map;

/**
 * Advice appointments: staff publish slots with their specialty, a representative books
 * one for their organisation with a topic (one booking per slot, enforced by a unique
 * index), either side cancels (the centre's staff must give the reason, which the
 * organisation is told with an .ics cancellation), staff withdraw free slots, the adviser
 * keeps a private note. Confirmation, reminder (the day before) and cancellation mails
 * are sent after commit.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Advice {

    private final AdviceSlotRepository slots;

    private final AdviceBookingRepository bookings;

    private final CentreRepository centres;

    private final CentreAccess access;

    private final Permissions permissions;

    private final Organizations organizations;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    /** A staff member publishes a slot in which they advise. */
    public long publishSlot(long centreId, Specialty specialty, ZonedDateTime start, ZonedDateTime end, String place) {
        AuthenticatedUser user = access
            .requireStaff(centres.findById(centreId).orElseThrow(() -> new NotFound("centre")));
        return seedSlot(centreId, user.userId(), specialty, start, end, place);
    }

    public long seedSlot(long centreId, long adviserId, Specialty specialty, ZonedDateTime start, ZonedDateTime end,
            String place) {
        if (!end.isAfter(start)) {
            throw new RuleViolation("to", "centre.booking.endBeforeStart");
        }
        if (start.toInstant().isBefore(clock.instant())) {
            throw new RuleViolation("date", "centre.booking.inPast");
        }
        try {
            return slots
                .saveAndFlush(new AdviceSlot(centreId, adviserId, specialty, start.toInstant(), end.toInstant(), place))
                .getId();
        }
        catch (DataIntegrityViolationException e) {
            if (SqlStates.causedBy(e, SqlStates.EXCLUSION_VIOLATION)) {
                throw new RuleViolation("from", "centre.advice.slotOverlaps");
            }
            throw e;
        }
    }

    @Transactional(readOnly = true)
    public List<AdviceSlot> freeSlots(long centreId) {
        return slots.freeAfter(centreId, clock.instant());
    }

    @Transactional(readOnly = true)
    public AdviceSlot slot(long id) {
        return slots.findById(id).orElseThrow(() -> new NotFound("slot"));
    }

    /** Books the slot for the organisation the person represents. */
    public long book(long slotId, long organizationId, String topic) {
        AuthenticatedUser user = access.requireRepresentative(organizationId);
        AdviceSlot slot = slot(slotId);
        if (slot.isCancelled() || !slot.getStartsAt().isAfter(clock.instant())) {
            throw new RuleViolation(null, "centre.advice.slotGone");
        }
        try {
            AdviceBooking booking = bookings
                .saveAndFlush(new AdviceBooking(slotId, organizationId, user.userId(), topic, clock.instant()));
            events.publishEvent(new AdviceEvents.Booked(booking.getId()));
            return booking.getId();
        }
        catch (DataIntegrityViolationException e) {
            if (SqlStates.causedBy(e, SqlStates.UNIQUE_VIOLATION)) {
                throw new RuleViolation(null, "centre.advice.taken");
            }
            throw e;
        }
    }

    /** Cancels by either side: centre staff, or a representative of the organisation. */
    public void cancel(long bookingId, String reason) {
        AuthenticatedUser user = permissions.requireUser();
        AdviceBooking booking = bookings.findById(bookingId).orElseThrow(() -> new NotFound("booking"));
        AdviceSlot slot = slot(booking.getSlotId());
        boolean staff = access.isStaff(centres.findById(slot.getCentreId()).orElseThrow());
        if (!staff && !organizations.isRepresentative(user.userId(), booking.getOrganizationId())) {
            throw new NotAllowed("may not cancel advice booking " + bookingId);
        }
        if (!booking.isBooked()) {
            throw new RuleViolation(null, "centre.booking.notConfirmed");
        }
        if (staff && (reason == null || reason.isBlank())) {
            throw new RuleViolation("reason", "centre.advice.staffReasonNeeded");
        }
        ResourceBookings.requireShortReason(reason);
        booking.cancel(user.userId(), reason, clock.instant());
        events.publishEvent(new AdviceEvents.Cancelled(bookingId, staff));
    }

    /**
     * Centre staff withdraw a free slot of their centre (see
     * {@link AdviceSlot#withdraw}).
     */
    public void withdrawSlot(long slotId) {
        AdviceSlot slot = slot(slotId);
        access.requireStaff(centres.findById(slot.getCentreId()).orElseThrow());
        slot.withdraw(!bookings.bookedFor(List.of(slotId)).isEmpty(), clock.instant());
    }

    /**
     * The booking with its note, for centre staff only (403 for anyone else, whatever the
     * URL).
     */
    @Transactional(readOnly = true)
    public AdviceBooking forStaff(long bookingId) {
        AdviceBooking booking = bookings.findById(bookingId).orElseThrow(() -> new NotFound("booking"));
        access.requireStaff(centres.findById(slot(booking.getSlotId()).getCentreId()).orElseThrow());
        return booking;
    }

    public void saveNote(long bookingId, String note) {
        forStaff(bookingId).note(note == null || note.isBlank() ? null : note.strip());
    }

    /** The current person's bookings and those of organisations they represent. */
    @Transactional(readOnly = true)
    public List<AdviceBooking> mine() {
        AuthenticatedUser user = permissions.requireUser();
        Set<Long> orgs = organizations.representedBy(user.userId());
        return bookings.of(user.userId(), orgs.isEmpty() ? Set.of(-1L) : orgs);
    }

    /**
     * The slots of a day in the centres where the person is staff, with their live
     * bookings.
     */
    @Transactional(readOnly = true)
    public List<AdviceSlot> agenda(LocalDate date) {
        permissions.requireUser();
        List<Long> staffOf = centres.findAll().stream().filter(access::isStaff).map(Centre::getId).toList();
        if (staffOf.isEmpty()) {
            throw new NotAllowed("not centre staff");
        }
        return slots.between(staffOf, date.atStartOfDay(ClockConfig.WARSAW).toInstant(),
                date.plusDays(1).atStartOfDay(ClockConfig.WARSAW).toInstant());
    }

    @Transactional(readOnly = true)
    public Map<Long, AdviceBooking> bookingsOf(List<AdviceSlot> list) {
        Map<Long, AdviceBooking> bySlot = new HashMap<>();
        if (!list.isEmpty()) {
            bookings.bookedFor(list.stream().map(AdviceSlot::getId).toList())
                .forEach(b -> bySlot.put(b.getSlotId(), b));
        }
        return bySlot;
    }

    @Transactional(readOnly = true)
    public Optional<AdviceBooking> booking(long id) {
        return bookings.findById(id);
    }

    /** Every morning (wspolnie.centre.advice-reminder-cron), on one instance. */
    @Scheduled(cron = "${wspolnie.centre.advice-reminder-cron:0 0 7 * * *}", zone = "Europe/Warsaw")
    @SchedulerLock(name = "centre.advice-reminders", lockAtLeastFor = JobLocks.CRON_AT_LEAST)
    public void remindScheduled() {
        sendReminders();
    }

    /**
     * Sends the reminders of tomorrow's appointments (Warsaw dates) not yet reminded;
     * returns how many. Each booking is marked reminded in the transaction that publishes
     * its reminder, and a run that finds a booking locked by another run skips it, so two
     * runs at once remind once. Tests call it directly with the test clock.
     */
    public int sendReminders() {
        LocalDate tomorrow = LocalDate.now(clock.withZone(ClockConfig.WARSAW)).plusDays(1);
        List<AdviceBooking> due = bookings.dueForReminder(tomorrow.atStartOfDay(ClockConfig.WARSAW).toInstant(),
                tomorrow.plusDays(1).atStartOfDay(ClockConfig.WARSAW).toInstant());
        for (AdviceBooking b : due) {
            b.reminded(clock.instant());
            events.publishEvent(new AdviceEvents.ReminderDue(b.getId()));
        }
        return due.size();
    }

}
