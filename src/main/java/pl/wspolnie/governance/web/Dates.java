package pl.wspolnie.governance.web;

import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.web.FormInput;

import java.time.LocalDate;

/**
 * A date typed beside a button (not in a bound form): a mistyped or missing one is a
 * refusal shown as a warning.
 */
final class Dates {

    private static final String INVALID = "governance.field.dateInvalid";

    private Dates() {
    }

    static LocalDate parse(String value, String field) {
        LocalDate date = FormInput.date(value, field, INVALID);
        if (date == null) {
            throw new RuleViolation(field, INVALID);
        }
        return date;
    }

}
