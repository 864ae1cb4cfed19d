package pl.wspolnie.centre.domain;

/**
 * What happened to an advice booking; the mails are sent after commit by
 * {@link AdviceMails}.
 */
public final class AdviceEvents {

    private AdviceEvents() {
    }

    public record Booked(long bookingId) {
    }

    public record ReminderDue(long bookingId) {
    }

    /**
     * @param byAdviserSide true when centre staff cancelled (the booker is told), false
     * when the NGO did (the adviser is told)
     */
    public record Cancelled(long bookingId, boolean byAdviserSide) {
    }

}
