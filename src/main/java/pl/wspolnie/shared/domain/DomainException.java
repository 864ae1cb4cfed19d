package pl.wspolnie.shared.domain;

import java.util.Arrays;

/**
 * Why the domain said no, without any web or HTTP type: a message key from the bundles
 * (with its arguments) that the web layer shows to the user, and a detail for the log.
 * The four kinds are mapped once to pages and statuses
 * ({@code shared.web.DomainErrorPages}): {@link RuleViolation} 422 (or a field error on
 * the form that caught it), {@link StateConflict} 409, {@link NotFound} 404,
 * {@link NotAllowed} 403.
 */
public abstract sealed class DomainException extends RuntimeException
        permits RuleViolation, StateConflict, NotFound, NotAllowed {

    private final String messageKey;

    private final transient Object[] args;

    protected DomainException(String messageKey, String detail, Object... args) {
        super(detail == null ? messageKey + (args.length == 0 ? "" : " " + Arrays.toString(args)) : detail);
        this.messageKey = messageKey;
        this.args = args;
    }

    /** The key of the user's message in the bundles. */
    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }

}
