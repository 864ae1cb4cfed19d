package pl.wspolnie.centre.domain;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import pl.wspolnie.accounts.AccountSummary;
import pl.wspolnie.accounts.Accounts;
import pl.wspolnie.accounts.Notification;
import pl.wspolnie.accounts.Notifications;
import pl.wspolnie.centre.CentreNotificationKinds;
import pl.wspolnie.organizations.OrganizationSummary;
import pl.wspolnie.organizations.Organizations;
import pl.wspolnie.shared.calendar.IcsCalendar;
import pl.wspolnie.shared.calendar.IcsEvent;
import pl.wspolnie.shared.time.ClockConfig;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Confirmation (mandatory) and reminder mails (with the appointment as an .ics file) and
 * cancellation mails, through {@link Notifications}.
 */
@Component
class AdviceMails {

    private static final Locale POLISH = Locale.forLanguageTag("pl");

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final AdviceBookingRepository bookings;

    private final AdviceSlotRepository slots;

    private final CentreRepository centres;

    private final Accounts accounts;

    private final Organizations organizations;

    private final MessageSource messages;

    private final Clock clock;

    private final String baseUrl;

    private final Notifications notifications;

    private final CentreIcs ics;

    AdviceMails(AdviceBookingRepository bookings, AdviceSlotRepository slots, CentreRepository centres,
            Accounts accounts, Organizations organizations, MessageSource messages, Clock clock,
            @Value("${wspolnie.base-url}") String baseUrl, Notifications notifications, CentreIcs ics) {
        this.notifications = notifications;
        this.ics = ics;
        this.bookings = bookings;
        this.slots = slots;
        this.centres = centres;
        this.accounts = accounts;
        this.organizations = organizations;
        this.messages = messages;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    @ApplicationModuleListener
    void on(AdviceEvents.Booked event) {
        send(event.bookingId(), "confirmed", CentreNotificationKinds.ADVICE_BOOKED);
    }

    @ApplicationModuleListener
    void on(AdviceEvents.ReminderDue event) {
        send(event.bookingId(), "reminder", CentreNotificationKinds.ADVICE_REMINDER);
    }

    /**
     * Tells the other side: the booker when the centre cancelled (with the appointment's
     * .ics cancellation: METHOD:CANCEL, the UID of the confirmation, a higher SEQUENCE),
     * the adviser when the organisation did.
     */
    @ApplicationModuleListener
    void on(AdviceEvents.Cancelled event) {
        AdviceBooking booking = bookings.findById(event.bookingId()).orElseThrow();
        AdviceSlot slot = slots.findById(booking.getSlotId()).orElseThrow();
        long to = event.byAdviserSide() ? booking.getBookedBy() : slot.getAdviserId();
        Notification notification = Notification
            .of(CentreNotificationKinds.ADVICE_CANCELLED, "centre.mail.adviceCancelled")
            .subject(when(slot))
            .body(when(slot), booking.getTopic(), booking.getCancelReason() == null ? "—" : booking.getCancelReason());
        if (event.byAdviserSide()) {
            Centre centre = centres.findById(slot.getCentreId()).orElseThrow();
            String email = accounts.find(to).map(AccountSummary::email).orElse(null);
            String file = IcsCalendar.writeCancellation(centre.getName(),
                    appointment(booking, slot, centre, CentreIcs.CANCELLED_SEQUENCE), clock.instant(),
                    ics.organizer(centre), email);
            notification = notification.attach(CentreIcs.attachment("wizyta.ics", "CANCEL", file));
        }
        notifications.tell(to, notification);
    }

    private IcsEvent appointment(AdviceBooking booking, AdviceSlot slot, Centre centre, int sequence) {
        String specialty = text("centre.specialty." + slot.getSpecialty());
        String place = slot.getPlace().isBlank() ? centre.getAddress() : slot.getPlace();
        return new IcsEvent(CentreIcs.adviceUid(booking.getId()),
                text("centre.advice.icsSummary", specialty, centre.getName()), booking.getTopic(),
                slot.getStartsAt().atZone(ClockConfig.WARSAW), slot.getEndsAt().atZone(ClockConfig.WARSAW), place,
                baseUrl + "/centre/bookings", sequence);
    }

    private void send(long bookingId, String what, String kind) {
        AdviceBooking booking = bookings.findById(bookingId).orElseThrow();
        if (!booking.isBooked()) {
            return;
        }
        AdviceSlot slot = slots.findById(booking.getSlotId()).orElseThrow();
        Centre centre = centres.findById(slot.getCentreId()).orElseThrow();
        String adviser = accounts.find(slot.getAdviserId()).map(AccountSummary::displayName).orElse("");
        String org = organizations.find(booking.getOrganizationId()).map(OrganizationSummary::name).orElse("");
        String specialty = text("centre.specialty." + slot.getSpecialty());
        String place = slot.getPlace().isBlank() ? centre.getAddress() : slot.getPlace();
        String ics = IcsCalendar.writeForMail(centre.getName(), List.of(appointment(booking, slot, centre, 0)),
                clock.instant(), this.ics.organizer(centre));
        notifications.tell(booking.getBookedBy(),
                Notification.of(kind, "centre.mail.advice." + what)
                    .subject(when(slot))
                    .body(when(slot), specialty, adviser, place, org, booking.getTopic(),
                            notifications.link("/centre/bookings"))
                    .attach(CentreIcs.attachment("wizyta.ics", "PUBLISH", ics)));
    }

    private static String when(AdviceSlot slot) {
        return WHEN.format(slot.getStartsAt().atZone(ClockConfig.WARSAW));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, POLISH);
    }

}
