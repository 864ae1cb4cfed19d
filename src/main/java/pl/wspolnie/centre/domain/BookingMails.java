package pl.wspolnie.centre.domain;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import pl.wspolnie.accounts.Accounts;
import pl.wspolnie.shared.mail.Mailer;
import pl.wspolnie.shared.mail.OutgoingMail;
import pl.wspolnie.shared.time.ClockConfig;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells the person who requested a room or equipment item that staff confirmed, declined
 * or cancelled it (after commit).
 */
@Component
class BookingMails {

    private static final Locale POLISH = Locale.forLanguageTag("pl");

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final BookingRepository bookings;

    private final ResourceRepository resources;

    private final Accounts accounts;

    private final Mailer mailer;

    private final MessageSource messages;

    private final String baseUrl;

    BookingMails(BookingRepository bookings, ResourceRepository resources, Accounts accounts, Mailer mailer,
            MessageSource messages, @Value("${wspolnie.base-url}") String baseUrl) {
        this.bookings = bookings;
        this.resources = resources;
        this.accounts = accounts;
        this.mailer = mailer;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    @ApplicationModuleListener
    void on(BookingDecided event) {
        Booking booking = bookings.findById(event.bookingId()).orElseThrow();
        String resource = resources.findById(booking.getResourceId()).map(Resource::getName).orElse("");
        String when = WHEN.format(booking.getStartsAt().atZone(ClockConfig.WARSAW)) + "–"
                + TIME.format(booking.getEndsAt().atZone(ClockConfig.WARSAW));
        String kind = event.confirmed() ? "bookingConfirmed" : "bookingDeclined";
        accounts.find(booking.getRequestedBy())
            .ifPresent(person -> mailer.send(new OutgoingMail(person.email(),
                    text("centre.mail." + kind + ".subject", resource, when),
                    text("centre.mail." + kind + ".body", person.displayName(), resource, when, booking.getPurpose(),
                            booking.getCancelReason() == null ? "" : booking.getCancelReason(),
                            baseUrl + "/centre/resources/" + booking.getResourceId()))));
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
        String kind = event.wasPending() ? "requestCancelledByStaff" : "bookingCancelledByStaff";
        accounts.find(booking.getRequestedBy())
            .ifPresent(person -> mailer.send(new OutgoingMail(person.email(),
                    text("centre.mail." + kind + ".subject", resource, when),
                    text("centre.mail." + kind + ".body", person.displayName(), resource, when, booking.getPurpose(),
                            booking.getCancelReason() == null ? "" : booking.getCancelReason(),
                            baseUrl + "/centre/resources/" + booking.getResourceId()))));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, POLISH);
    }

}
