package pl.wspolnie.shared.domain;

/**
 * This person may not do this (role, ownership, conflict of interest): a visitor who is
 * not logged in is sent to the login page, a logged-in person gets 403 with the reason.
 */
public final class NotAllowed extends DomainException {

    public NotAllowed(String messageKey, String detail) {
        super(messageKey, detail);
    }

    /** With the common 403 text and, for the log, what was refused. */
    public NotAllowed(String detail) {
        super("error.403.text", detail);
    }

}
