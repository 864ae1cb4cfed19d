package pl.wspolnie.budget.domain;

import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.money.AmountText;

import java.math.BigDecimal;

/**
 * Amounts as residents and officials type them ("1 234,56"), refused with a field
 * message.
 */
public final class Amounts {

    /** No pool or project of a gmina's budget reaches 10 billion zł. */
    static final BigDecimal LIMIT = new BigDecimal("10000000000");

    private Amounts() {
    }

    /** The amount with scale 2, or null for an empty text. */
    public static BigDecimal parse(String text, String field) {
        AmountText.Parsed parsed = AmountText.parse(text, LIMIT);
        if (parsed.ok()) {
            return parsed.value();
        }
        throw new RuleViolation(field, switch (parsed.problem()) {
            case INVALID -> "budget.money.invalid";
            case NEGATIVE -> "budget.money.negative";
            case DECIMALS -> "budget.money.decimals";
            case TOO_LARGE -> "budget.money.tooLarge";
        });
    }

    /** Plain text for form fields and canonical content: "1234.50". */
    public static String plain(BigDecimal value) {
        return value == null ? "" : value.setScale(2).toPlainString();
    }

}
