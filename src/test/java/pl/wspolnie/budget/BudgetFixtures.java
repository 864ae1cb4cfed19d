package pl.wspolnie.budget;

import pl.wspolnie.budget.domain.EditionDetails;
import pl.wspolnie.budget.domain.Editions;
import pl.wspolnie.budget.domain.Editions.PoolDetails;
import pl.wspolnie.budget.domain.PhaseDates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Editions for the budget tests: each gets a year of its own (the tests share one
 * database, and a JST has one edition a year), far from the demo's.
 */
final class BudgetFixtures {

    private static final AtomicInteger YEAR = new AtomicInteger(2200);

    record Edition(long id, long areaPool, long wholePool) {
    }

    private BudgetFixtures() {
    }

    static int year() {
        return YEAR.incrementAndGet();
    }

    /** Submission from 5 days ago to 10 days ahead, voting from day 40. */
    static List<PhaseDates> timeline(LocalDate today) {
        return BudgetTimeline.days(today, -5, 10, 11, 30, 31, 37, 40, 54, 55, 60, 61, 400);
    }

    /**
     * An edition of the JST in the submission phase with an area pool "Osiedle" (50 000
     * zł, 3 000 residents, 3 signatures) and a whole-gmina pool (150 000 zł).
     */
    static Edition inSubmission(Editions editions, long jstId, LocalDate today) {
        long id = editions.seed(new EditionDetails(jstId, year(), "Budżet testowy", new BigDecimal("40000000.00"),
                "Sprawozdanie Rb-28S", 0, 2, 10, false, timeline(today)));
        long area = editions.seedPool(id,
                new PoolDetails("Osiedle Słoneczne", false, new BigDecimal("50000.00"), 3000, 3));
        long whole = editions.seedPool(id, new PoolDetails("Cała gmina", true, new BigDecimal("150000.00"), 5000, 5));
        return new Edition(id, area, whole);
    }

    /** The fields of the edition form with the timeline above. */
    static Map<String, String> editionForm(long jstId, int year, LocalDate today) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jstId", String.valueOf(jstId));
        form.put("year", String.valueOf(year));
        form.put("title", "Budżet obywatelski " + year);
        form.put("expenditure", "40 000 000,00");
        form.put("expenditureSource", "Sprawozdanie Rb-28S za rok poprzedni");
        form.put("minAge", "16");
        form.put("choicesPerPool", "3");
        form.put("minVotes", "20");
        form.put("severalAreas", "true");
        for (PhaseDates p : timeline(today)) {
            form.put(p.phase().field() + "From", p.from().toString());
            form.put(p.phase().field() + "To", p.to().toString());
        }
        return new HashMap<>(form);
    }

}
