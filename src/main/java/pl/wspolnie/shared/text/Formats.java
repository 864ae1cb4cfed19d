package pl.wspolnie.shared.text;

import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import static pl.wspolnie.shared.time.ClockConfig.WARSAW;

/**
 * Polish display formats, used from templates as {@code ${@fmt.date(x)}}: dates
 * dd.MM.yyyy, money "1 234,56 zł".
 */
@Component("fmt")
public class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    public String date(TemporalAccessor value) {
        if (value == null) {
            return "";
        }
        return DATE.format(toWarsaw(value));
    }

    public String dateTime(TemporalAccessor value) {
        if (value == null) {
            return "";
        }
        return DATE_TIME.format(toWarsaw(value));
    }

    public String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        return number(amount) + " zł";
    }

    public String number(BigDecimal amount) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("pl-PL"));
        symbols.setGroupingSeparator('\u00a0');
        symbols.setDecimalSeparator(',');
        DecimalFormat format = new DecimalFormat("#,##0.00", symbols);
        return format.format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    private static TemporalAccessor toWarsaw(TemporalAccessor value) {
        if (value instanceof Instant i) {
            return i.atZone(WARSAW);
        }
        if (value instanceof OffsetDateTime o) {
            return o.atZoneSameInstant(WARSAW);
        }
        if (value instanceof LocalDate || value instanceof LocalDateTime) {
            return value;
        }
        return value;
    }

}
