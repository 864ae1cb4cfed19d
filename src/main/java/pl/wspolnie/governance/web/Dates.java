package pl.wspolnie.governance.web;

import pl.wspolnie.shared.text.TypedDates;

import pl.wspolnie.shared.domain.RuleViolation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A date typed beside a button (not in a bound form): a mistyped or missing one is a
 * refusal shown as a warning.
 */
final class Dates {

    private Dates() {
    }

    static LocalDate parse(String value, String field) {
        try {
            return TypedDates.parse(value == null ? "" : value);
        }
        catch (DateTimeParseException e) {
            throw new RuleViolation(field, "governance.field.dateInvalid");
        }
    }

}
