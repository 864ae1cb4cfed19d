package pl.wspolnie.noticeboard.web;

import pl.wspolnie.shared.text.TypedDates;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.validation.BindingResult;
import pl.wspolnie.noticeboard.domain.NoticeDetails;
import pl.wspolnie.noticeboard.domain.NoticeKind;

import java.math.BigDecimal;
import pl.wspolnie.shared.money.AmountText;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The offer form. Amounts accept "1 234,56" and "1234.56"; negative, absurd (≥ 10^12) or
 * more than two decimals are field errors. Dates accept 2026-12-01 (the date input) and
 * 01.12.2026.
 */
record NoticeForm(Long jstId, Long organizationId, @NotNull NoticeKind kind,
        @NotBlank @Size(max = 200, message = "{notices.field.tooLong}") String title,
        @NotBlank @Size(max = 5000, message = "{notices.field.tooLong}") String description,
        @NotBlank @Size(max = 20) String expiresOn,
        @Size(max = 500, message = "{notices.field.tooLong}") @Pattern(regexp = "(?i)(https?://[^\\s/?#]+[^\\s]*)?",
                message = "{notices.link.invalid}") String link,
        @Size(max = 200, message = "{notices.field.tooLong}") String funder, @Size(max = 20) String deadline,
        @Size(max = 30) String amountMin, @Size(max = 30) String amountMax, @Size(max = 10) String cofinancingPercent,
        @Size(max = 200, message = "{notices.field.tooLong}") String place,
        @Size(max = 200, message = "{notices.field.tooLong}") String whenText,
        @Size(max = 10) String volunteersNeeded) {

    private static final BigDecimal LIMIT = AmountText.MONEY_LIMIT;

    static NoticeForm empty(NoticeKind kind) {
        return new NoticeForm(null, null, kind, "", "", "", "", "", "", "", "", "", "", "", "");
    }

    /** The details, or null after adding field errors. */
    NoticeDetails details(BindingResult r) {
        LocalDate expires = date("expiresOn", expiresOn, r);
        LocalDate due = date("deadline", deadline, r);
        BigDecimal min = amount("amountMin", amountMin, LIMIT, r);
        BigDecimal max = amount("amountMax", amountMax, LIMIT, r);
        BigDecimal percent = amount("cofinancingPercent", cofinancingPercent, new BigDecimal("100.01"), r);
        Integer volunteers = null;
        if (volunteersNeeded != null && !volunteersNeeded.isBlank()) {
            try {
                volunteers = Integer.parseInt(volunteersNeeded.strip());
                if (volunteers < 1 || volunteers > 10_000) {
                    r.rejectValue("volunteersNeeded", "notices.volunteers.range");
                }
            }
            catch (NumberFormatException e) {
                r.rejectValue("volunteersNeeded", "notices.volunteers.range");
            }
        }
        if (kind == NoticeKind.FUNDING && (funder == null || funder.isBlank())) {
            r.rejectValue("funder", "jakarta.validation.constraints.NotBlank.message");
        }
        if (kind == NoticeKind.VOLUNTEERING && volunteers == null && !r.hasFieldErrors("volunteersNeeded")) {
            r.rejectValue("volunteersNeeded", "notices.volunteers.range");
        }
        if (r.hasErrors()) {
            return null;
        }
        return new NoticeDetails(kind, title, description, expires, link, funder, due, min, max, percent, place,
                whenText, volunteers);
    }

    private static LocalDate date(String field, String value, BindingResult r) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return TypedDates.parse(v);
        }
        catch (DateTimeParseException e) {
            if (!r.hasFieldErrors(field)) {
                r.rejectValue(field, "notices.date.invalid");
            }
            return null;
        }
    }

    static BigDecimal amount(String field, String value, BigDecimal limit, BindingResult r) {
        AmountText.Parsed parsed = AmountText.parse(value, limit);
        if (!parsed.ok()) {
            r.rejectValue(field, switch (parsed.problem()) {
                // the message asks for an amount without a minus
                case INVALID, NEGATIVE -> "notices.amount.invalid";
                case DECIMALS -> "notices.amount.decimals";
                case TOO_LARGE -> "notices.amount.tooLarge";
            });
        }
        return parsed.value();
    }
}
