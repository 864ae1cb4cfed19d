package pl.wspolnie.centre.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import pl.wspolnie.accounts.Notification;
import pl.wspolnie.accounts.Notifications;
import pl.wspolnie.centre.CentreNotificationKinds;
import pl.wspolnie.shared.time.ClockConfig;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells the person who requested a room or equipment item that staff confirmed, declined
 * or cancelled it, through {@link Notifications} (after commit).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class BookingMails {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final BookingRepository bookings;

    private final ResourceRepository resources;

    private final Notifications notifications;

    @ApplicationModuleListener
    void on(BookingDecided event) {
        Booking booking = bookings.findById(event.bookingId()).orElseThrow();
        String resource = resources.findById(booking.getResourceId()).map(Resource::getName).orElse("");
        String when = WHEN.format(booking.getStartsAt().atZone(ClockConfig.WARSAW)) + "–"
                + TIME.format(booking.getEndsAt().atZone(ClockConfig.WARSAW));
        tell(booking, event.confirmed() ? "bookingConfirmed" : "bookingDeclined", resource, when);
    }

    /**
     * Staff cancelled somebody else's booking or pending request: the requester learns
     * what, when and why.
     */
    @ApplicationModuleListener
    void on(BookingCancelledByStaff event) {
        List<Booking> rows = bookings.findAllById(event.bookingIds())
            .stream()
            .sorted(Comparator.comparing(b -> event.bookingIds().indexOf(b.getId())))
            .toList();
        if (rows.isEmpty()) {
            return;
        }
        Booking booking = rows.get(0);
        Map<Long, String> names = new HashMap<>();
        resources.findAllById(rows.stream().map(Booking::getResourceId).toList())
            .forEach(r -> names.put(r.getId(), r.getName()));
        String resource = String.join(", ", rows.stream().map(b -> names.getOrDefault(b.getResourceId(), "")).toList());
        String when = DAY_TIME.format(booking.getStartsAt().atZone(ClockConfig.WARSAW)) + "–"
                + TIME.format(booking.getEndsAt().atZone(ClockConfig.WARSAW));
        tell(booking, event.wasPending() ? "requestCancelledByStaff" : "bookingCancelledByStaff", resource, when);
    }

    /** The requester learns what happened to the booking, when it is and why. */
    private void tell(Booking booking, String what, String resource, String when) {
        notifications.tell(booking.getRequestedBy(),
                Notification.of(CentreNotificationKinds.BOOKING, "centre.mail." + what)
                    .subject(resource, when)
                    .body(resource, when, booking.getPurpose(),
                            booking.getCancelReason() == null ? "" : booking.getCancelReason(),
                            notifications.link("/centre/resources/" + booking.getResourceId())));
    }

}
