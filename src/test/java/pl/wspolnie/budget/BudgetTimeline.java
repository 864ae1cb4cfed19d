package pl.wspolnie.budget;

import pl.wspolnie.budget.domain.Phase;
import pl.wspolnie.budget.domain.PhaseDates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The six phases of a budget edition for the tests, as days counted from today. */
public final class BudgetTimeline {

    private BudgetTimeline() {
    }

    /**
     * @param fromTo the first and the last day of each phase, in the order of
     * {@link Phase}, as days after today (negative: before)
     */
    public static List<PhaseDates> days(LocalDate today, int... fromTo) {
        Phase[] phases = Phase.values();
        if (fromTo.length != 2 * phases.length) {
            throw new IllegalArgumentException("two days for each of the " + phases.length + " phases");
        }
        List<PhaseDates> timeline = new ArrayList<>();
        for (int i = 0; i < phases.length; i++) {
            timeline.add(new PhaseDates(phases[i], today.plusDays(fromTo[2 * i]), today.plusDays(fromTo[2 * i + 1])));
        }
        return List.copyOf(timeline);
    }

    /**
     * Submission open (from 3 days ago to 10 days ahead), voting from day 30 to 44,
     * results from day 45: the browser tests' edition.
     */
    public static List<PhaseDates> submissionOpen(LocalDate today) {
        return days(today, -3, 10, 11, 20, 21, 27, 30, 44, 45, 50, 51, 300);
    }

}
