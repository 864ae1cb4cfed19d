package pl.wspolnie.shared.web;

/**
 * A domain rule said no. Carries a message key (from the bundles) and, when one input caused it,
 * the form field, so the web layer can show it next to that field.
 */
public class BusinessRuleViolation extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] args;

    public BusinessRuleViolation(String field, String messageKey, Object... args) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.args = args;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }

    /** Adds this violation to a binding result: as a field error when a field is named, else global. */
    public void addTo(org.springframework.validation.BindingResult result) {
        if (field != null) {
            result.rejectValue(field, messageKey, args, messageKey);
        } else {
            result.reject(messageKey, args, messageKey);
        }
    }
}
