package pl.wspolnie.shared.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Reads amounts as people type them: "1 234,56", "1.234,56", "1234.56", "1234 zł", "10,5
 * %". The result has scale 2; negative values, more than two decimals, non-numbers and
 * values at or above a limit are reported as a {@link Problem}, which each form turns
 * into its own field message.
 */
public final class AmountText {

    /** Amounts of money at or above 10^12 zł are absurd for this platform. */
    public static final BigDecimal MONEY_LIMIT = new BigDecimal("1000000000000");

    public enum Problem {

        INVALID, NEGATIVE, DECIMALS, TOO_LARGE

    }

    /** Either a value (null for an empty text) or a problem. */
    public record Parsed(BigDecimal value, Problem problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    private AmountText() {
    }

    public static Parsed parse(String text, BigDecimal limit) {
        if (text == null || text.isBlank()) {
            return new Parsed(null, null);
        }
        String s = text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "");
        if (s.endsWith("zł")) {
            s = s.substring(0, s.length() - 2);
        }
        if (s.endsWith("%")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.matches("[-+]?\\d{1,3}(\\.\\d{3})+,\\d{1,2}")) { // "1.234,56": dots group
                                                               // thousands
            s = s.replace(".", "");
        }
        s = s.replace(',', '.');
        if (s.length() > 40 || !s.matches("[-+]?\\d+(\\.\\d+)?")) {
            return new Parsed(null, Problem.INVALID);
        }
        BigDecimal value = new BigDecimal(s);
        if (value.signum() < 0) {
            return new Parsed(null, Problem.NEGATIVE);
        }
        if (value.stripTrailingZeros().scale() > 2) {
            return new Parsed(null, Problem.DECIMALS);
        }
        if (value.compareTo(limit) >= 0) {
            return new Parsed(null, Problem.TOO_LARGE);
        }
        return new Parsed(value.setScale(2, RoundingMode.UNNECESSARY), null);
    }

}
