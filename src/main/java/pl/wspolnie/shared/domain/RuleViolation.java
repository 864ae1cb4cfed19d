package pl.wspolnie.shared.domain;

import org.springframework.validation.Errors;

/**
 * A statutory or business rule refused the input: a message key from the bundles and, when one input caused it, the
 * form field. A controller that shows a form catches it and puts it next to that field (every typed value kept);
 * uncaught it is shown as 422 with the message.
 */
public final class RuleViolation extends DomainException {

    private final String field;

    public RuleViolation(String field, String messageKey, Object... args) {
        super(messageKey, messageKey, args);
        this.field = field;
    }

    /** The form field that caused it, or null for the whole form. */
    public String field() {
        return field;
    }

    /** Adds this violation to a form's errors: next to its field when it names one, else for the whole form. */
    public void addTo(Errors errors) {
        if (field != null) {
            errors.rejectValue(field, messageKey(), args(), messageKey());
        } else {
            errors.reject(messageKey(), args(), messageKey());
        }
    }
}
