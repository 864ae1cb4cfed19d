package pl.wspolnie.programme.web;

import java.math.BigDecimal;

/** Parses money typed in Polish ("1 234,56") or plain ("1234.56") form; null when it is not a valid amount. */
final class MoneyInput {

    static final BigDecimal LIMIT = new BigDecimal("1000000000000");

    private MoneyInput() {
    }

    /** The amount with scale 2, or null for text that is not a number, negative, over 2 decimals or ≥ 10^12. */
    static BigDecimal parse(String text) {
        if (text == null) {
            return null;
        }
        String s = text.replace('\u00a0', ' ').replace(" ", "").replace("zł", "").strip();
        if (s.matches("^\\d{1,3}(\\.\\d{3})+,\\d{1,2}$")) {
            s = s.replace(".", "");
        }
        s = s.replace(',', '.');
        if (!s.matches("^\\d+(\\.\\d{1,2})?$")) {
            return null;
        }
        BigDecimal value = new BigDecimal(s);
        return value.compareTo(LIMIT) >= 0 ? null : value.setScale(2);
    }
}
