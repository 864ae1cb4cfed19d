package pl.wspolnie.budget.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the edition form carries: the JST and year, the last reported expenditure with its
 * source, the rules of the council's resolution (with the days after the results are
 * published during which they may be challenged) and the timeline (one entry per phase,
 * in the order of {@link Phase}).
 */
public record EditionDetails(long jstId, int year, String title, BigDecimal expenditure, String expenditureSource,
        int minAge, int choicesPerPool, int minVotes, boolean severalAreas, List<PhaseDates> timeline,
        int challengeDays) {

    /** The usual days to challenge the results, when the resolution names none. */
    public static final int DEFAULT_CHALLENGE_DAYS = 14;

    /** The details with the usual {@link #DEFAULT_CHALLENGE_DAYS}. */
    public EditionDetails(long jstId, int year, String title, BigDecimal expenditure, String expenditureSource,
            int minAge, int choicesPerPool, int minVotes, boolean severalAreas, List<PhaseDates> timeline) {
        this(jstId, year, title, expenditure, expenditureSource, minAge, choicesPerPool, minVotes, severalAreas,
                timeline, DEFAULT_CHALLENGE_DAYS);
    }

}
