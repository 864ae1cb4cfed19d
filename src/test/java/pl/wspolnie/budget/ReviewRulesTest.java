package pl.wspolnie.budget;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import pl.wspolnie.budget.domain.review.FormalResult;
import pl.wspolnie.budget.domain.review.MeritResult;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.text.Formats;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of a review result, one row per case, including the limits that still pass.
 */
class ReviewRulesTest {

    private static final BigDecimal POOL = new BigDecimal("50000.00");

    @ParameterizedTest(name = "formal {0} ''{1}'' → {2}")
    @CsvSource(nullValues = "null",
            value = { "true, '', ''", "true, null, ''", "false, 'Brak mapy.', ''",
                    "false, '  ', justification:budget.review.justificationRequired",
                    "false, null, justification:budget.review.justificationRequired",
                    "null, 'x', positive:budget.review.outcomeMissing" })
    void formal(Boolean positive, String justification, String refused) {
        assertThat(summary(new FormalResult(positive, justification).violations())).isEqualTo(refused);
    }

    @ParameterizedTest(name = "merit {0} feasible {1} lawful {2} unit ''{3}'' cost {4} → {6}")
    @CsvSource(nullValues = "null",
            value = { "true, true, true, Wydział, 50000.00, Uzasadnienie, ''",
                    "false, false, false, Wydział, 90000.00, Za drogi, ''",
                    "true, true, true, Wydział, 50000.01, Uzasadnienie, correctedCost:budget.review.costAbovePool",
                    "true, false, true, Wydział, 100.00, Uzasadnienie, feasible:budget.review.positiveNotFeasible",
                    "true, true, false, Wydział, 100.00, Uzasadnienie, lawful:budget.review.positiveNotLawful",
                    "true, true, true, ' ', 100.00, Uzasadnienie, responsibleUnit:budget.review.unitRequired",
                    "true, true, true, Wydział, null, Uzasadnienie, correctedCost:budget.review.costRequired",
                    "false, true, true, Wydział, 100.00, '', justification:budget.review.justificationRequired",
                    "null, true, true, Wydział, 100.00, x, positive:budget.review.outcomeMissing" })
    void merit(Boolean positive, boolean feasible, boolean lawful, String unit, BigDecimal cost, String justification,
            String refused) {
        assertThat(summary(new MeritResult(positive, feasible, lawful, unit, cost, justification).violations(POOL,
                "Osiedle", new Formats())))
            .isEqualTo(refused);
    }

    private static String summary(List<RuleViolation> violations) {
        return String.join(" ", violations.stream().map(v -> v.field() + ":" + v.messageKey()).toList());
    }

}
