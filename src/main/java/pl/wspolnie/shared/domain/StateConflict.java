package pl.wspolnie.shared.domain;

/**
 * The thing is not in a state that allows this step (an offer already submitted, a report
 * already accepted, a nomination already appointed): the aggregate refuses the transition
 * itself. Shown as 409 with the reason.
 */
public final class StateConflict extends DomainException {

    /**
     * With the user's message key and, for the log, what was found ("offer 12 is
     * SUBMITTED").
     */
    public StateConflict(String messageKey, String detail) {
        super(messageKey, detail);
    }

    public StateConflict(String messageKey) {
        super(messageKey, null);
    }

}
