package pl.wspolnie.shared.pdf;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import pl.wspolnie.shared.text.Formats;
import java.time.temporal.TemporalAccessor;

/**
 * Polish formats for the PDF templates, where stored documents keep amounts and dates as
 * plain text ("4900.00", "2026-05-01"): {@code ${pf.money(x)}} gives "4 900,00 zł",
 * {@code ${pf.date(x)}} "01.05.2026". Text that is not a number or a date is printed as
 * it is. Every template rendered by {@link PdfDocuments} has it as {@code pf}.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public final class PdfFormats {

    private final Formats formats;

    public String money(Object amount) {
        BigDecimal value = decimal(amount);
        return value == null ? text(amount) : formats.money(value);
    }

    public String number(Object amount) {
        BigDecimal value = decimal(amount);
        return value == null ? text(amount) : formats.number(value);
    }

    /** A percentage "12.50" as "12,50 %". */
    public String pct(Object value) {
        BigDecimal v = decimal(value);
        return v == null ? text(value) : formats.number(v) + "\u00a0%";
    }

    public String date(Object date) {
        if (date instanceof TemporalAccessor t) {
            return formats.date(t);
        }
        String s = text(date).strip();
        try {
            return formats.date(LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s));
        }
        catch (DateTimeParseException e) {
            return s;
        }
    }

    private static BigDecimal decimal(Object value) {
        if (value instanceof BigDecimal b) {
            return b;
        }
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        if (value == null || text(value).isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text(value).strip().replace(" ", "").replace("\u00a0", "").replace(',', '.'));
        }
        catch (NumberFormatException e) {
            return null;
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

}
