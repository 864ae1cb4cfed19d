package pl.wspolnie.shared.web;

import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.server.ResponseStatusException;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/**
 * Reading what a form sent, the same way on every form: a form whose values could not
 * even be bound is refused, and dates are bound as text so that a mistyped one comes back
 * as an error at its field with everything typed kept.
 */
public final class FormInput {

    private FormInput() {
    }

    /**
     * A 400 answer when a value could not even be converted (an id "abc", an unknown enum
     * constant): the form record then has no bound target to show again, and only a
     * crafted request sends such values (the pages offer lists).
     */
    public static void requireBound(BindingResult result) {
        if (result.getTarget() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
    }

    /**
     * The date typed in a date input (yyyy-MM-dd); null when none was typed or the field
     * has an error already; a mistyped one is null with the error
     * {@code typeMismatch.java.time.LocalDate} at the field.
     */
    public static LocalDate date(String value, String field, BindingResult result) {
        if (value == null || value.isBlank() || result.hasFieldErrors(field)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        }
        catch (DateTimeParseException e) {
            result.rejectValue(field, "typeMismatch.java.time.LocalDate");
            return null;
        }
    }

    /**
     * The date and time typed in a datetime-local input (yyyy-MM-ddTHH:mm); null when the
     * field has an error already (a required one left empty); a mistyped one is null with
     * the given error at the field.
     */
    public static LocalDateTime dateTime(String value, String field, String invalidKey, BindingResult result) {
        if (result.hasFieldErrors(field)) {
            return null;
        }
        try {
            return LocalDateTime.parse(value == null ? "" : value.strip());
        }
        catch (DateTimeParseException e) {
            result.rejectValue(field, invalidKey);
            return null;
        }
    }

}
