package pl.wspolnie.competitions.domain.offer;

import pl.wspolnie.competitions.domain.Money;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import pl.wspolnie.shared.domain.RuleViolation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Each rule a line of the cost table must meet, one row per case: what was changed in an
 * otherwise valid line of a two-year task (2027–2028), the rule that refuses it, its
 * field and message, and whether a draft is refused too. Rows with a null rule still
 * pass.
 */
class CostLineRuleTest {

    private static final List<Integer> YEARS = List.of(2027, 2028);

    /** A valid line: 10 × 50,00 zł, 400,00 zł of it from the grant, in 2027. */
    static OfferForm.CostRow validRow() {
        OfferForm.CostRow r = new OfferForm.CostRow();
        r.setAction("Warsztaty");
        r.setType("Wynajem sali");
        r.setUnit("godz.");
        r.setUnitCost("50,00");
        r.setUnits("10");
        r.setFromGrant("400,00");
        r.setYear(2027);
        return r;
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                row("a year before the task", r -> r.setYear(2026), CostLineRule.YEAR_OF_THE_TASK, "costLines[0].year",
                        "competitions.offer.cost.year.outside", true),
                row("a year after the task", r -> r.setYear(2029), CostLineRule.YEAR_OF_THE_TASK, "costLines[0].year",
                        "competitions.offer.cost.year.outside", true),
                row("the task's last year", r -> r.setYear(2028), null, null, null, true),
                row("no kind of cost", r -> r.setType(" "), CostLineRule.TYPE_GIVEN, "costLines[0].type",
                        "competitions.offer.cost.type.required", false),
                row("no unit cost", r -> {
                    r.setUnitCost("");
                    r.setFromGrant("");
                }, CostLineRule.UNIT_COST_GIVEN, "costLines[0].unitCost", "competitions.offer.cost.unitCost.required",
                        false),
                row("no number of units", r -> {
                    r.setUnits("");
                    r.setFromGrant("");
                }, CostLineRule.UNITS_GIVEN, "costLines[0].units", "competitions.offer.cost.units.required", false),
                row("grant a grosz above the line", r -> r.setFromGrant("500,01"), CostLineRule.GRANT_NOT_ABOVE_LINE,
                        "costLines[0].fromGrant", "competitions.offer.cost.grantAboveLine", true),
                row("grant the whole line", r -> r.setFromGrant("500,00"), null, null, null, true),
                row("fractional units rounded to the grosz", r -> {
                    r.setUnitCost("0,33");
                    r.setUnits("2,5");
                    r.setFromGrant("0,83");
                }, null, null, null, true));
    }

    private static Arguments row(String what, Consumer<OfferForm.CostRow> change, CostLineRule rule, String field,
            String key, boolean onDraft) {
        return arguments(what, change, rule, field, key, onDraft);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachRuleRefusesItsCaseAndOnlyIt(String what, Consumer<OfferForm.CostRow> change, CostLineRule rule,
            String field, String key, boolean onDraft) {
        OfferForm.CostRow r = validRow();
        change.accept(r);
        List<RuleViolation> submitted = read(r, true);
        if (rule == null) {
            assertThat(submitted).as(what).isEmpty();
            return;
        }
        assertThat(rule.onDraft()).as("the rule holds for drafts: " + what).isEqualTo(onDraft);
        assertThat(submitted).as(what)
            .singleElement()
            .satisfies(p -> assertThat(p.field()).isEqualTo(field))
            .satisfies(p -> assertThat(p.messageKey()).isEqualTo(key));
        List<RuleViolation> alone = new ArrayList<>();
        rule.check(line(r), alone);
        assertThat(alone).as("the named rule refuses it alone: " + what).hasSize(1);
        assertThat(read(r, false)).as("a draft: " + what).hasSize(onDraft ? 1 : 0);
    }

    @Test
    void theValidLinePassesEveryRuleAndIsTotalled() {
        List<RuleViolation> problems = new ArrayList<>();
        OfferForm f = new OfferForm();
        f.setCostLines(new ArrayList<>(List.of(new OfferForm.CostRow(), validRow())));
        OfferCostTable table = OfferCostTable.read(f, YEARS, 2027, 2028, true, problems);
        assertThat(problems).isEmpty();
        assertThat(table.lineTotals()).containsExactly(null, new BigDecimal("500.00"));
        assertThat(table.total()).isEqualByComparingTo("500.00");
        assertThat(table.grant()).isEqualByComparingTo("400.00");
        assertThat(table.yearTotals()).containsEntry(2027, new BigDecimal("500.00"))
            .containsEntry(2028, new BigDecimal("0.00"));
        assertThat(table.content()).singleElement().satisfies(l -> {
            assertThat(l.number()).isEqualTo(1);
            assertThat(l.total()).isEqualTo("500.00");
            assertThat(l.year()).isEqualTo(2027);
        });
    }

    @Test
    void unreadableAmountsAreReportedOnTheirFieldsNotAsMissing() {
        OfferForm.CostRow r = validRow();
        r.setUnitCost("pięćdziesiąt");
        r.setUnits("-1");
        assertThat(read(r, true)).extracting(RuleViolation::field)
            .containsExactly("costLines[0].unitCost", "costLines[0].units");
    }

    @Test
    void everyRuleHasACase() {
        assertThat(cases().map(a -> a.get()[2]).filter(r -> r != null).distinct())
            .containsExactlyInAnyOrder((Object[]) CostLineRule.values());
    }

    private static List<RuleViolation> read(OfferForm.CostRow r, boolean strict) {
        OfferForm f = new OfferForm();
        f.setCostLines(new ArrayList<>(List.of(r)));
        List<RuleViolation> problems = new ArrayList<>();
        OfferCostTable.read(f, YEARS, 2027, 2028, strict, problems);
        return problems;
    }

    private static OfferCostTable.Line line(OfferForm.CostRow r) {
        List<RuleViolation> ignored = new ArrayList<>();
        return new OfferCostTable.Line(0, r, Money.parse(r.getUnitCost(), "u", ignored),
                Money.parseQuantity(r.getUnits(), "n", ignored), Money.parse(r.getFromGrant(), "g", ignored),
                r.getYear(), YEARS, 2027, 2028);
    }

}
