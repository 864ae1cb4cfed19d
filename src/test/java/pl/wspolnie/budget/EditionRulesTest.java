package pl.wspolnie.budget;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import pl.wspolnie.budget.domain.EditionRules;
import pl.wspolnie.budget.domain.PhaseDates;
import pl.wspolnie.shared.domain.RuleViolation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of an edition, one row per case including the limits that still pass. */
class EditionRulesTest {

    @ParameterizedTest
    @CsvSource({ "999, 0", "1000, 1", "2999, 2", "3000, 3", "5000, 5", "120000, 120" })
    void signaturesAtMostOneTenthOfAPercentRoundedDown(int population, int max) {
        assertThat(EditionRules.maxSignatures(population)).isEqualTo(max);
        assertThatCode(() -> EditionRules.signatures(population, max)).doesNotThrowAnyException();
        assertThatThrownBy(() -> EditionRules.signatures(population, max + 1)).isInstanceOf(RuleViolation.class)
            .hasMessageContaining("budget.pool.tooManySignatures");
    }

    @ParameterizedTest
    @CsvSource({ "40000000.00, 200000.00", "41250000.00, 206250.00", "1000.01, 5.01" })
    void minimumIsHalfAPercentRoundedUpToTheGrosz(String expenditure, String minimum) {
        assertThat(EditionRules.minimumTotal(new BigDecimal(expenditure))).isEqualByComparingTo(minimum);
    }

    @ParameterizedTest
    @CsvSource({
            // phase index changed, its new from and to (days from the base), expected
            // field or empty
            "-1, 0, 0, ''", // the base timeline passes
            "1, 11, 11, ''", // a one-day phase passes
            "1, 11, 10, reviewTo", // ends before it starts
            "1, 10, 20, reviewFrom", // starts on the last day of submission
            "3, 36, 50, votingFrom", // starts inside the appeals
            "5, 61, 60, implementationTo" })
    void phasesFollowEachOther(int index, int from, int to, String field) {
        LocalDate base = LocalDate.of(2030, 1, 1);
        List<PhaseDates> timeline = new ArrayList<>(BudgetFixtures.timeline(base));
        if (index >= 0) {
            PhaseDates p = timeline.get(index);
            timeline.set(index, new PhaseDates(p.phase(), base.plusDays(from), base.plusDays(to)));
        }
        List<RuleViolation> violations = EditionRules.timeline(timeline);
        if (field.isEmpty()) {
            assertThat(violations).isEmpty();
        }
        else {
            assertThat(violations).extracting(RuleViolation::field).containsExactly(field);
        }
    }

}
