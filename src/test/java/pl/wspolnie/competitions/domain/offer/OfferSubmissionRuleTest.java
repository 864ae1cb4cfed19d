package pl.wspolnie.competitions.domain.offer;

import pl.wspolnie.competitions.domain.announcement.Announcement;
import pl.wspolnie.competitions.domain.announcement.Competition;
import pl.wspolnie.competitions.domain.announcement.CompetitionMode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import pl.wspolnie.shared.domain.RuleViolation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Each rule an offer must meet to be submitted, one row per case: what was changed in an
 * otherwise valid offer, the rule that refuses it, and the field and message it names.
 * Rows with a null rule are the limits that still pass.
 */
class OfferSubmissionRuleTest {

    private static final LocalDate FROM = LocalDate.of(2027, 5, 1);

    private static final LocalDate TO = LocalDate.of(2027, 10, 31);

    /**
     * A valid offer for a supporting-mode call: 1 000–5 000 zł, own ≥ 10 %,
     * administrative ≤ 10 %, task funds 8 000 zł.
     */
    static final class Case {

        BigDecimal minOwn = new BigDecimal("10"), minGrant = new BigDecimal("1000.00"),
                maxGrant = new BigDecimal("5000.00");

        BigDecimal adminCap = new BigDecimal("10"), taskFunds = new BigDecimal("8000.00");

        CompetitionMode mode = CompetitionMode.SUPPORTING;

        boolean noTask;

        BigDecimal total = new BigDecimal("4000.00"), grant = new BigDecimal("3500.00"), own = new BigDecimal("500.00");

        BigDecimal administrative = new BigDecimal("300.00");

        int costLines = 2, offerors = 1;

        BigDecimal splitSum = BigDecimal.ZERO;

        BigDecimal awardedGrant;

        final OfferForm form = new OfferForm();

        Case() {
            form.setTitle("Warsztaty dla seniorów");
            form.setSummary("Cykl warsztatów w Kluczewsku.");
            form.setPeriodFrom(FROM);
            form.setPeriodTo(TO);
            OfferForm.ActionRow action = new OfferForm.ActionRow();
            action.setName("Warsztaty");
            action.setFrom(FROM);
            action.setTo(TO);
            form.setActions(new ArrayList<>(List.of(action)));
            OfferForm.ResultRow result = new OfferForm.ResultRow();
            result.setName("Uczestnicy");
            result.setTarget("20");
            form.setResults(new ArrayList<>(List.of(result)));
            form.setStatementNoProfit(true);
            form.setStatementNoArrears(true);
            form.setStatementDataTrue(true);
        }

        OfferSubmissionRule.OfferSubmission submission() {
            Announcement a = new Announcement("Konkurs", "", mode, minOwn, minGrant, maxGrant, adminCap, FROM, TO,
                    LocalDateTime.of(2027, 3, 31, 15, 0), null, null, "", null, "", "", List.of(),
                    List.of(new Announcement.Task("Zadanie", "kultura", taskFunds)),
                    List.of(new Announcement.Criterion("Kryterium", 10)), List.of("Oferta złożona w terminie"));
            Competition c = new Competition(1, 1, Instant.parse("2027-03-01T10:00:00Z"), a);
            OfferRules.Computed computed = new OfferRules.Computed(List.of(), total, grant, administrative, own,
                    BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, own, List.of(2027), List.of(), Map.of());
            return new OfferSubmissionRule.OfferSubmission(form, c, noTask ? null : c.getTasks().get(0), computed,
                    costLines, offerors, splitSum, awardedGrant);
        }

    }

    static Stream<Arguments> cases() {
        return Stream.of(
                row("no task chosen", c -> c.noTask = true, OfferSubmissionRule.TASK_OF_THIS_COMPETITION, "taskId",
                        "competitions.offer.task.required"),
                row("blank title", c -> c.form.setTitle("  "), OfferSubmissionRule.TITLE_GIVEN, "title",
                        "competitions.offer.title.required"),
                row("no start date", c -> c.form.setPeriodFrom(null), OfferSubmissionRule.PERIOD_INSIDE_CALL,
                        "periodFrom", "competitions.offer.period.required"),
                row("starts before the call's period", c -> c.form.setPeriodFrom(FROM.minusDays(1)),
                        OfferSubmissionRule.PERIOD_INSIDE_CALL, "periodFrom", "competitions.offer.period.outside"),
                row("ends after the call's period", c -> c.form.setPeriodTo(TO.plusDays(1)),
                        OfferSubmissionRule.PERIOD_INSIDE_CALL, "periodTo", "competitions.offer.period.outside"),
                row("ends before it starts", c -> {
                    c.form.setPeriodFrom(TO.minusDays(1));
                    c.form.setPeriodTo(TO.minusDays(2));
                }, OfferSubmissionRule.PERIOD_INSIDE_CALL, "periodTo", "competitions.period.order"),
                row("the call's first and last day", c -> {
                    c.form.setPeriodFrom(FROM);
                    c.form.setPeriodTo(TO);
                }, null, null, null),
                row("no action", c -> c.form.setActions(new ArrayList<>()), OfferSubmissionRule.ACTIONS_DESCRIBED,
                        "actions", "competitions.offer.actions.required"),
                row("an action without a name", c -> c.form.getActions().get(0).setName(""),
                        OfferSubmissionRule.ACTIONS_DESCRIBED, "actions[0].name",
                        "competitions.offer.action.name.required"),
                row("an action without dates", c -> c.form.getActions().get(0).setTo(null),
                        OfferSubmissionRule.ACTIONS_DESCRIBED, "actions[0].from",
                        "competitions.offer.action.dates.required"),
                row("an action outside the task", c -> c.form.getActions().get(0).setTo(TO.plusDays(1)),
                        OfferSubmissionRule.ACTIONS_DESCRIBED, "actions[0].from",
                        "competitions.offer.action.dates.outside"),
                row("no result", c -> c.form.setResults(new ArrayList<>()), OfferSubmissionRule.RESULTS_GIVEN,
                        "results", "competitions.offer.results.required"),
                row("a result without a target", c -> c.form.getResults().get(0).setTarget(""),
                        OfferSubmissionRule.RESULTS_GIVEN, "results[0].target", "competitions.offer.result.incomplete"),
                row("no summary", c -> c.form.setSummary(null), OfferSubmissionRule.SUMMARY_GIVEN, "summary",
                        "competitions.offer.summary.required"),
                row("no cost line", c -> c.costLines = 0, OfferSubmissionRule.COSTS_LISTED, "costLines",
                        "competitions.offer.costs.required"),
                row("grant below the minimum", c -> {
                    c.grant = new BigDecimal("999.99");
                    c.own = c.total.subtract(c.grant);
                }, OfferSubmissionRule.GRANT_NOT_BELOW_CALL_MINIMUM, "requestedGrant",
                        "competitions.offer.grant.belowMin"),
                row("grant at the maximum", c -> {
                    c.total = new BigDecimal("6000.00");
                    c.grant = new BigDecimal("5000.00");
                    c.own = new BigDecimal("1000.00");
                }, null, null, null), row("grant above the maximum", c -> {
                    c.total = new BigDecimal("6000.00");
                    c.grant = new BigDecimal("5000.01");
                    c.own = new BigDecimal("999.99");
                }, OfferSubmissionRule.GRANT_NOT_ABOVE_CALL_MAXIMUM, "requestedGrant",
                        "competitions.offer.grant.aboveMax"),
                row("grant above the task's funds", c -> {
                    c.maxGrant = null;
                    c.taskFunds = new BigDecimal("3000.00");
                }, OfferSubmissionRule.GRANT_NOT_ABOVE_TASK_FUNDS, "requestedGrant",
                        "competitions.offer.grant.aboveTaskFunds"),
                row("sources short of the cost", c -> c.own = new BigDecimal("499.99"),
                        OfferSubmissionRule.SOURCES_COVER_COSTS, "sources", "competitions.offer.sources.mismatch"),
                row("own contribution at exactly 10 %", c -> {
                    c.grant = new BigDecimal("3600.00");
                    c.own = new BigDecimal("400.00");
                }, null, null, null), row("own contribution below 10 %", c -> {
                    c.grant = new BigDecimal("3600.04");
                    c.own = new BigDecimal("399.96");
                }, OfferSubmissionRule.OWN_CONTRIBUTION_AT_LEAST_CALL_MINIMUM, "ownContribution",
                        "competitions.offer.own.belowMin"),
                row("no own contribution when entrusting", c -> {
                    c.mode = CompetitionMode.ENTRUSTING;
                    c.grant = c.total;
                    c.own = BigDecimal.ZERO;
                }, null, null, null),
                row("administrative costs at the cap", c -> c.administrative = new BigDecimal("400.00"), null, null,
                        null),
                row("administrative costs a grosz above the cap", c -> c.administrative = new BigDecimal("400.01"),
                        OfferSubmissionRule.ADMINISTRATIVE_COSTS_WITHIN_CAP, "administrativeCosts",
                        "competitions.offer.admin.aboveCap"),
                row("administrative costs above the cap", c -> c.administrative = new BigDecimal("400.40"),
                        OfferSubmissionRule.ADMINISTRATIVE_COSTS_WITHIN_CAP, "administrativeCosts",
                        "competitions.offer.admin.aboveCap"),
                row("joint offer split short", c -> {
                    c.offerors = 2;
                    c.splitSum = new BigDecimal("3999.00");
                }, OfferSubmissionRule.JOINT_SPLIT_ADDS_UP, "split", "competitions.offer.split.mismatch"),
                row("joint offer split whole", c -> {
                    c.offerors = 2;
                    c.splitSum = new BigDecimal("4000.00");
                }, null, null, null),
                row("a statement not made", c -> c.form.setStatementNoArrears(false),
                        OfferSubmissionRule.STATEMENTS_MADE, "statements", "competitions.offer.statements.required"),
                row("budget update asks exactly the awarded grant", c -> c.awardedGrant = new BigDecimal("3500.00"),
                        null, null, null),
                row("budget update asks a grosz more than awarded", c -> c.awardedGrant = new BigDecimal("3499.99"),
                        OfferSubmissionRule.GRANT_EQUALS_AWARD_ON_BUDGET_UPDATE, "requestedGrant",
                        "competitions.budget.grantMustEqualAward"),
                row("budget update asks less than awarded", c -> c.awardedGrant = new BigDecimal("3600.00"),
                        OfferSubmissionRule.GRANT_EQUALS_AWARD_ON_BUDGET_UPDATE, "requestedGrant",
                        "competitions.budget.grantMustEqualAward"));
    }

    private static Arguments row(String what, Consumer<Case> change, OfferSubmissionRule rule, String field,
            String key) {
        return arguments(what, change, rule, field, key);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachRuleRefusesItsCaseAndOnlyIt(String what, Consumer<Case> change, OfferSubmissionRule rule, String field,
            String key) {
        Case c = new Case();
        change.accept(c);
        List<RuleViolation> all = OfferSubmissionRule.checkAll(c.submission());
        if (rule == null) {
            assertThat(all).as(what).isEmpty();
            return;
        }
        List<RuleViolation> alone = new ArrayList<>();
        rule.check(c.submission(), alone);
        assertThat(alone).as("the named rule refuses it: " + what).hasSize(1);
        assertThat(alone.get(0).field()).isEqualTo(field);
        assertThat(alone.get(0).messageKey()).isEqualTo(key);
        assertThat(all).as("and so does the whole check").extracting(RuleViolation::messageKey).contains(key);
        assertThat(all).as("no other rule than the one changed, except actions that now fall outside the task")
            .allMatch(p -> p.messageKey().equals(key)
                    || p.messageKey().equals("competitions.offer.action.dates.outside"));
    }

    @Test
    void theValidOfferPassesEveryRule() {
        assertThat(OfferSubmissionRule.checkAll(new Case().submission())).isEmpty();
    }

    @Test
    void everyRuleHasACase() {
        assertThat(cases().map(a -> a.get()[2]).filter(r -> r != null).distinct())
            .containsExactlyInAnyOrder((Object[]) OfferSubmissionRule.values());
    }

}
