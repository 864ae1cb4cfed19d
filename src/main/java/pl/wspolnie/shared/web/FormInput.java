package pl.wspolnie.shared.web;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.server.ResponseStatusException;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.text.TypedDates;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Supplier;
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
     * A whole number sent by a page (a position in a list); a 400 answer for anything
     * else, which only a crafted request sends (the pages offer lists and number inputs).
     */
    public static int integer(String value) {
        long n = number(value);
        if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "not a number");
        }
        return (int) n;
    }

    /**
     * A whole number sent by a page (an id); a 400 answer for anything else.
     */
    public static long number(String value) {
        String v = value == null ? "" : value.strip();
        if (!v.matches("-?\\d{1,18}")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "not a number");
        }
        return Long.parseLong(v);
    }

    /**
     * A constant of an enum sent by a page (a choice of a list); a 400 answer for an
     * unknown one, which only a crafted request sends.
     */
    public static <E extends Enum<E>> E constant(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants())
            .filter(c -> c.name().equals(value))
            .findFirst()
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown " + type.getSimpleName()));
    }

    /**
     * A whole number typed in a text input of a form without a form object (an
     * organisation's number, a count of days); null when none was typed; anything else is
     * refused at its field with the given message.
     */
    public static Long wholeNumber(String value, String field, String invalidKey) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            return null;
        }
        if (!v.matches("-?\\d{1,18}")) {
            throw new RuleViolation(field, invalidKey);
        }
        return Long.valueOf(v);
    }

    /**
     * A value read beside the form object (a file chosen with the form) and checked by
     * the domain: the value, or null with the refusal added to the form's errors (so the
     * error summary lists it with the others, even though the form object has no such
     * property) and put in the model under {@code refusalAttribute} for the input that
     * shows it.
     */
    public static <T> T checked(Supplier<T> check, BindingResult result, Model model, String refusalAttribute) {
        try {
            return check.get();
        }
        catch (RuleViolation refusal) {
            for (RuleViolation v : refusal.all()) {
                result.addError(new FieldError(result.getObjectName(), v.field(), null, false,
                        new String[] { v.messageKey() }, v.args(), v.messageKey()));
            }
            model.addAttribute(refusalAttribute, refusal);
            return null;
        }
    }

    /**
     * The date typed in a date input (yyyy-MM-dd, or dd.MM.yyyy by hand); null when none
     * was typed or the field has an error already; a mistyped one is null with the error
     * {@code typeMismatch.java.time.LocalDate} at the field.
     */
    public static LocalDate date(String value, String field, BindingResult result) {
        if (value == null || value.isBlank() || result.hasFieldErrors(field)) {
            return null;
        }
        try {
            return TypedDates.parse(value);
        }
        catch (DateTimeParseException e) {
            result.rejectValue(field, "typeMismatch.java.time.LocalDate");
            return null;
        }
    }

    /**
     * The date typed in a date input (yyyy-MM-dd, or dd.MM.yyyy by hand) of a form
     * without a form object; null when none was typed; a mistyped one is refused at its
     * field with the given message.
     */
    public static LocalDate date(String value, String field, String invalidKey) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return TypedDates.parse(value);
        }
        catch (DateTimeParseException e) {
            throw new RuleViolation(field, invalidKey);
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
