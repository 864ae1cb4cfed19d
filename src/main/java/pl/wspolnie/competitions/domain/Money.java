package pl.wspolnie.competitions.domain;

import pl.wspolnie.shared.money.AmountText;
import pl.wspolnie.shared.domain.RuleViolation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Supplier;

/**
 * Parsing of amounts typed by people: "1 234,56", "1234.56", "1234" (zł, scale 2).
 * Negative values, more than two decimals, non-numbers and absurd values (≥ 10^12 zł) are
 * refused with a field error.
 */
public final class Money {

    public static final BigDecimal LIMIT = AmountText.MONEY_LIMIT;

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private Money() {
    }

    /**
     * The amount, or null for an empty text; a RuleViolation on the field for anything
     * else.
     */
    public static BigDecimal parse(String text, String field) {
        return parse(text, field, LIMIT, "competitions.money.tooLarge");
    }

    /**
     * The amount, or null for an empty text; an unreadable one is added to
     * {@code problems} (its field named) and read as null, so that every unreadable
     * amount of a form is reported at once.
     */
    public static BigDecimal parse(String text, String field, List<RuleViolation> problems) {
        return orProblem(() -> parse(text, field), problems);
    }

    /** A percentage 0–100 with at most two decimals, or null for an empty text. */
    public static BigDecimal parsePercent(String text, String field) {
        BigDecimal value = parse(text, field, HUNDRED.add(new BigDecimal("0.001")), "competitions.percent.tooLarge");
        return value;
    }

    /**
     * A non-negative number of units with at most two decimals (e.g. 2,5 hours), or null
     * for empty text.
     */
    public static BigDecimal parseQuantity(String text, String field) {
        return parse(text, field, new BigDecimal("1000000"), "competitions.quantity.tooLarge");
    }

    /**
     * A number of units as {@link #parseQuantity(String, String)}; an unreadable one is
     * added to {@code problems} and read as null.
     */
    public static BigDecimal parseQuantity(String text, String field, List<RuleViolation> problems) {
        return orProblem(() -> parseQuantity(text, field), problems);
    }

    private static BigDecimal orProblem(Supplier<BigDecimal> parse, List<RuleViolation> problems) {
        try {
            return parse.get();
        }
        catch (RuleViolation e) {
            problems.add(e);
            return null;
        }
    }

    private static BigDecimal parse(String text, String field, BigDecimal limit, String tooLargeKey) {
        AmountText.Parsed parsed = AmountText.parse(text, limit);
        if (parsed.ok()) {
            return parsed.value();
        }
        throw new RuleViolation(field, switch (parsed.problem()) {
            case INVALID -> "competitions.money.invalid";
            case NEGATIVE -> "competitions.money.negative";
            case DECIMALS -> "competitions.money.decimals";
            case TOO_LARGE -> tooLargeKey;
        });
    }

    /** part / whole in percent, two decimals (0 when the whole is 0). */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole == null || whole.signum() == 0 || part == null) {
            return BigDecimal.ZERO.setScale(2);
        }
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }

    public static BigDecimal zeroIfNull(BigDecimal value) {
        return value == null ? BigDecimal.ZERO.setScale(2) : value;
    }

    /** Plain text for canonical content and form fields: "1234.50". */
    public static String plain(BigDecimal value) {
        return value == null ? "" : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

}
