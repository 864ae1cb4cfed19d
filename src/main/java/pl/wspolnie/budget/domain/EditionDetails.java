package pl.wspolnie.budget.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the edition form carries: the JST and year, the last reported expenditure with its
 * source, the rules of the council's resolution and the timeline (one entry per phase, in
 * the order of {@link Phase}).
 */
public record EditionDetails(long jstId, int year, String title, BigDecimal expenditure, String expenditureSource,
        int minAge, int choicesPerPool, int minVotes, boolean severalAreas, List<PhaseDates> timeline) {
}
