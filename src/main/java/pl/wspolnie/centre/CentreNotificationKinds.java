package pl.wspolnie.centre;

import org.springframework.stereotype.Component;
import pl.wspolnie.accounts.NotificationKinds;

import java.util.List;

/**
 * What the centre tells a person by mail: the outcome of a training application (a seat,
 * the waiting list, a seat from the waiting list, a refusal, the event cancelled) and a
 * cancelled advice appointment.
 */
@Component
public class CentreNotificationKinds implements NotificationKinds {

    /**
     * A training application was accepted, wait-listed, refused, or its event cancelled.
     */
    public static final String TRAINING = "centre.training";

    /** An advice appointment was cancelled by the other side. */
    public static final String ADVICE_CANCELLED = "centre.adviceCancelled";

    @Override
    public List<String> kinds() {
        return List.of(TRAINING, ADVICE_CANCELLED);
    }

}
