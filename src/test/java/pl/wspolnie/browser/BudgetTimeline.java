package pl.wspolnie.browser;

import pl.wspolnie.budget.domain.Phase;
import pl.wspolnie.budget.domain.PhaseDates;

import java.time.LocalDate;
import java.util.List;

/**
 * The six phases of a budget edition for the browser tests: submission open (from 3 days
 * ago to 10 days ahead), then review, appeals, voting from day 30, results from day 45
 * and implementation.
 */
final class BudgetTimeline {

    private BudgetTimeline() {
    }

    static List<PhaseDates> from(LocalDate today) {
        return List.of(new PhaseDates(Phase.SUBMISSION, today.minusDays(3), today.plusDays(10)),
                new PhaseDates(Phase.REVIEW, today.plusDays(11), today.plusDays(20)),
                new PhaseDates(Phase.APPEALS, today.plusDays(21), today.plusDays(27)),
                new PhaseDates(Phase.VOTING, today.plusDays(30), today.plusDays(44)),
                new PhaseDates(Phase.RESULTS, today.plusDays(45), today.plusDays(50)),
                new PhaseDates(Phase.IMPLEMENTATION, today.plusDays(51), today.plusDays(300)));
    }

}
