package pl.wspolnie.centre;

import org.springframework.stereotype.Component;
import pl.wspolnie.accounts.NotificationKinds;

import java.util.List;

/**
 * What the centre tells a person by mail: the outcome of a training application (a seat,
 * the waiting list, a seat from the waiting list, a refusal, the event cancelled), a
 * cancelled advice appointment, a booking decided or cancelled by staff, the reminder of
 * an appointment; and the confirmation of one's own advice booking, which cannot be
 * turned off.
 */
@Component
public class CentreNotificationKinds implements NotificationKinds {

    /**
     * A training application was accepted, wait-listed, refused, or its event cancelled.
     */
    public static final String TRAINING = "centre.training";

    /** An advice appointment was cancelled by the other side. */
    public static final String ADVICE_CANCELLED = "centre.adviceCancelled";

    /**
     * A room or equipment booking was confirmed or declined, or cancelled by staff.
     */
    public static final String BOOKING = "centre.booking";

    /** The reminder of an advice appointment, the day before. */
    public static final String ADVICE_REMINDER = "centre.adviceReminder";

    /**
     * The confirmation of one's own advice booking with its calendar file: mandatory.
     */
    public static final String ADVICE_BOOKED = "centre.adviceBooked";

    @Override
    public List<String> kinds() {
        return List.of(TRAINING, ADVICE_CANCELLED, BOOKING, ADVICE_REMINDER);
    }

    @Override
    public List<String> mandatoryKinds() {
        return List.of(ADVICE_BOOKED);
    }

}
