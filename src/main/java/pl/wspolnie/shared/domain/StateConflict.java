package pl.wspolnie.shared.domain;

/**
 * The thing is not in a state that allows this step (an offer already submitted, a report
 * already accepted, a nomination already appointed): the aggregate refuses the transition
 * itself. Shown as 409 with the reason.
 */
public final class StateConflict extends DomainException {

    /**
     * With the user's message key, for the log what was found ("offer 12 is SUBMITTED"),
     * and the arguments of the message, if any ("the training ends on {0}").
     */
    public StateConflict(String messageKey, String detail, Object... args) {
        super(messageKey, detail, args);
    }

    public StateConflict(String messageKey) {
        super(messageKey, null);
    }

}
