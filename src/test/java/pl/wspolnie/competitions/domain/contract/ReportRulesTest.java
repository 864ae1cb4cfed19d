package pl.wspolnie.competitions.domain.contract;

import pl.wspolnie.competitions.domain.CompetitionSettings;
import pl.wspolnie.competitions.domain.offer.OfferContent;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import pl.wspolnie.shared.domain.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Flags of a report and the settlement, computed from the contract's version and what the
 * offeror typed.
 */
class ReportRulesTest {

    static final CompetitionSettings DEFAULTS = new CompetitionSettings(null, null, null, null, null, null, null);
    static final LocalDate FROM = LocalDate.of(2027, 1, 1);
    static final LocalDate TO = LocalDate.of(2027, 6, 30);

    /**
     * Contract: line 1 = 1 000 zł (grant 500), line 2 = 4 500 zł (grant 2 500); total 5
     * 500, grant 3 000.
     */
    static OfferContent planned() {
        return new OfferContent(1, 1, "K", 1, "T", "Warsztaty", FROM.toString(), TO.toString(), List.of(), "", "",
                List.of(),
                List.of(new OfferContent.Result("Uczestnicy", "100 osób", "listy"),
                        new OfferContent.Result("Spotkania", "10", "protokoły")),
                "", "",
                List.of(new OfferContent.CostLine(1, "A", "Materiały", "kpl", "1000.00", "1", "1000.00", "500.00",
                        false),
                        new OfferContent.CostLine(2, "B", "Instruktor", "h", "90.00", "50", "4500.00", "2500.00",
                                false)),
                new OfferContent.Sources("5500.00", "3000.00", "54.55", "2000.00", "36.36", "300.00", "5.45", "200.00",
                        "3.64", "0.00", "0.00", "2500.00", "45.45", "0.00", "0.00"),
                List.of(), "", List.of());
    }

    static Contract contract() {
        return new Contract(1, 1L, 1, "U/1", FROM.minusDays(5), "61109010140000071219812874", FROM, TO,
                new BigDecimal("3000.00"), 2, List.of(), 1, Instant.EPOCH);
    }

    static ReportForm form(String line1, String grant1, String line2, String grant2, String achieved1) {
        ReportForm f = new ReportForm().alignedWith(planned());
        f.getCosts().get(0).setIncurred(line1);
        f.getCosts().get(0).setFromGrant(grant1);
        f.getCosts().get(1).setIncurred(line2);
        f.getCosts().get(1).setFromGrant(grant2);
        f.getResults().get(0).setAchieved(achieved1);
        f.getResults().get(1).setAchieved("10");
        return f;
    }

    @ParameterizedTest(name = "incurred {0}, of it from the grant {1} → {2}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            1000,00 | 1000,00 | null
            1000,00 | 1000,01 | competitions.report.grantAboveIncurred
            ''      | 0,01    | competitions.report.grantAboveIncurred
            ''      | ''      | null
            """)
    void theGrantSpentOnALineIsNotMoreThanItsCost(String incurred, String fromGrant, String problem) {
        List<RuleViolation> problems = ReportRules
            .compute(planned(), contract(), form(incurred, fromGrant, "4500", "2500", "100"), DEFAULTS)
            .problems();
        if (problem == null) {
            assertThat(problems).isEmpty();
        }
        else {
            assertThat(problems).singleElement().satisfies(p -> {
                assertThat(p.field()).isEqualTo("costs[0].fromGrant");
                assertThat(p.messageKey()).isEqualTo(problem);
            });
        }
    }

    @Test
    void costLineAboveTheContractByMoreThanTenPercentIsFlagged() {
        ReportRules.Computed exactly = ReportRules.compute(planned(), contract(),
                form("1100,00", "500", "4500", "2500", "100"), DEFAULTS);
        assertThat(exactly.lines().get(0).overLimit()).as("exactly 10 %").isFalse();
        assertThat(exactly.lines().get(0).deviationPct()).isEqualByComparingTo("10.00");
        ReportRules.Computed above = ReportRules.compute(planned(), contract(),
                form("1100,10", "500", "4500", "2500", "100"), DEFAULTS);
        assertThat(above.lines().get(0).overLimit()).as("10.01 %").isTrue();
        assertThat(above.lines().get(0).deviationPct()).isEqualByComparingTo("10.01");
        assertThat(above.lines().get(1).overLimit()).isFalse();
        assertThat(above.anyFlag()).isTrue();
        CompetitionSettings twenty = new CompetitionSettings(null, null, new BigDecimal("20"), null, null, null, null);
        assertThat(ReportRules.compute(planned(), contract(), form("1100,10", "500", "4500", "2500", "100"), twenty)
            .lines()
            .get(0)
            .overLimit()).as("the setting").isFalse();
    }

    @Test
    void resultBelowEightyPercentOfTheTargetIsFlagged() {
        assertThat(ReportRules.compute(planned(), contract(), form("1000", "500", "4500", "2500", "80"), DEFAULTS)
            .results()
            .get(0)
            .below()).as("80 %").isFalse();
        ReportRules.Computed below = ReportRules.compute(planned(), contract(),
                form("1000", "500", "4500", "2500", "79,99"), DEFAULTS);
        assertThat(below.results().get(0).below()).as("79.99 %").isTrue();
        assertThat(below.results().get(0).pct()).isEqualByComparingTo("79.99");
        assertThat(below.results().get(1).below()).isFalse();
        CompetitionSettings seventy = new CompetitionSettings(null, null, null, new BigDecimal("70"), null, null, null);
        assertThat(ReportRules.compute(planned(), contract(), form("1000", "500", "4500", "2500", "79,99"), seventy)
            .results()
            .get(0)
            .below()).isFalse();
    }

    @Test
    void expensesDatedOutsideTheTaskPeriodAreFlagged() {
        ReportForm f = form("1000", "500", "4500", "2500", "100");
        f.getCosts().get(0).setSpentOn(TO);
        f.getCosts().get(1).setSpentOn(TO.plusDays(1));
        ReportRules.Computed x = ReportRules.compute(planned(), contract(), f, DEFAULTS);
        assertThat(x.lines().get(0).outsidePeriod()).isFalse();
        assertThat(x.lines().get(1).outsidePeriod()).isTrue();
        f.getCosts().get(1).setSpentOn(FROM.minusDays(1));
        assertThat(ReportRules.compute(planned(), contract(), f, DEFAULTS).lines().get(1).outsidePeriod()).isTrue();
        f.getCosts().get(1).setSpentOn(null);
        assertThat(ReportRules.compute(planned(), contract(), f, DEFAULTS).anyFlag()).as("no dates, no flag").isFalse();
    }

    @Test
    void settlementReturnsUnusedGrantAndGrantAboveTheContractsShare() {
        // Incurred 5 000 zł (1 000 + 4 000), of which 2 900 zł from the grant (500 + 2
        // 400).
        // Unused: 3 000 − 2 900 = 100,00. Contract share 3 000 / 5 500; allowed 3 000 × 5
        // 000 / 5 500 = 2 727,27;
        // above the share 2 900 − 2 727,27 = 172,73. To return: 272,73 zł.
        ReportRules.Computed x = ReportRules.compute(planned(), contract(), form("1000", "500", "4000", "2400", "100"),
                DEFAULTS);
        assertThat(x.shareAbove()).isTrue();
        assertThat(x.unusedGrant()).isEqualByComparingTo("100.00");
        assertThat(x.aboveShare()).isEqualByComparingTo("172.73");
        assertThat(x.toReturn()).isEqualByComparingTo("272.73");
        assertThat(x.toReturn().scale()).isEqualTo(2);
        // Everything as in the contract: nothing to return.
        ReportRules.Computed exact = ReportRules.compute(planned(), contract(),
                form("1000", "500", "4500", "2500", "100"), DEFAULTS);
        assertThat(exact.shareAbove()).isFalse();
        assertThat(exact.toReturn()).isEqualByComparingTo("0.00");
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = { "28 osób|28", "28|28", "2,5 godziny|2.5", "1 200 uczestników|1200", "80 %|80",
            "' '|", "dużo|ERROR", "-5|ERROR", "28 osób 5|ERROR" })
    void theAchievedResultIsANumberWithAnOptionalUnitNotMoney(String typed, String expected) {
        if ("ERROR".equals(expected)) {
            assertThatThrownBy(() -> ReportRules.achievedValue(typed, "results[0].achieved"))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("competitions.report.result.invalid");
        }
        else if (expected == null) {
            assertThat(ReportRules.achievedValue(typed, "results[0].achieved")).isNull();
        }
        else {
            assertThat(ReportRules.achievedValue(typed, "results[0].achieved")).isEqualByComparingTo(expected);
        }
    }

    @Test
    void aResultWithItsUnitIsAcceptedAndANonNumberIsNotCalledAnAmount() {
        ReportRules.Computed ok = ReportRules.compute(planned(), contract(),
                form("1000", "500", "4500", "2500", "28 osób"), DEFAULTS);
        assertThat(ok.problems()).isEmpty();
        assertThat(ok.results().get(0).achieved()).isEqualByComparingTo("28");
        ReportRules.Computed bad = ReportRules.compute(planned(), contract(),
                form("1000", "500", "4500", "2500", "większość"), DEFAULTS);
        assertThat(bad.problems()).extracting(RuleViolation::messageKey)
            .containsExactly("competitions.report.result.invalid");
    }

}
