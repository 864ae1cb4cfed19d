package pl.wspolnie.shared.domain;

import org.springframework.validation.Errors;

import java.util.List;

/**
 * A statutory or business rule refused the input: a message key from the bundles and,
 * when one input caused it, the form field. A controller that shows a form catches it and
 * puts it next to that field (every typed value kept); uncaught it is shown as 422 with
 * the message. Several rules that refused at once travel as one violation
 * ({@link #throwIfAny}), so the form shows all of them.
 */
public final class RuleViolation extends DomainException {

    private final String field;

    private final transient List<RuleViolation> all;

    public RuleViolation(String field, String messageKey, Object... args) {
        super(messageKey, messageKey, args);
        this.field = field;
        this.all = List.of(this);
    }

    private RuleViolation(List<RuleViolation> several) {
        super(several.get(0).messageKey(), several.get(0).messageKey(), several.get(0).args());
        this.field = several.get(0).field();
        this.all = List.copyOf(several);
    }

    /**
     * Throws when the list is not empty: the one violation itself, or one that carries
     * all of them.
     */
    public static void throwIfAny(List<RuleViolation> violations) {
        if (violations.size() == 1) {
            throw violations.get(0);
        }
        if (!violations.isEmpty()) {
            throw new RuleViolation(violations);
        }
    }

    /**
     * The form field that caused it (the first one's, for several), or null for the whole
     * form.
     */
    public String field() {
        return field;
    }

    /** Every rule that refused: this one alone, or the several thrown together. */
    public List<RuleViolation> all() {
        return all;
    }

    /**
     * Adds the violation(s) to a form's errors: next to the field when one is named, else
     * for the whole form.
     */
    public void addTo(Errors errors) {
        for (RuleViolation v : all) {
            if (v.field != null) {
                errors.rejectValue(v.field, v.messageKey(), v.args(), v.messageKey());
            }
            else {
                errors.reject(v.messageKey(), v.args(), v.messageKey());
            }
        }
    }

}
