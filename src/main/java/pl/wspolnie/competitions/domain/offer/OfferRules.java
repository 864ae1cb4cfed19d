package pl.wspolnie.competitions.domain.offer;

import pl.wspolnie.competitions.domain.Money;
import pl.wspolnie.competitions.domain.OtherSources;
import pl.wspolnie.competitions.domain.announcement.Competition;
import pl.wspolnie.competitions.domain.announcement.CompetitionTask;

import pl.wspolnie.organizations.OrganizationSummary;
import pl.wspolnie.shared.domain.RuleViolation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Checks an offer as typed: reads its cost table ({@link OfferCostTable}, whose lines
 * meet the {@link CostLineRule}s), its other sources ({@code OtherSourcesForm}) and its
 * joint split (every unreadable amount names its field), computes every total and
 * percentage of V.A–V.C, and for a submission asks every {@link OfferSubmissionRule};
 * then has the content that is stored and checksummed built
 * ({@link OfferContentBuilder}).
 */
public final class OfferRules {

    /** Computed values shown on the form (null where an input could not be read). */
    public record Computed(List<BigDecimal> lineTotals, BigDecimal total, BigDecimal grant, BigDecimal administrative,
            BigDecimal ownFinancial, BigDecimal ownPersonal, BigDecimal ownInKind, BigDecimal recipientPayments,
            BigDecimal ownTotal, List<Integer> years, List<Integer> lineYears, Map<Integer, BigDecimal> yearTotals) {

        /** True for a task of more than one calendar year: V.A has a column per year. */
        public boolean multiYear() {
            return years.size() > 1;
        }

        /**
         * The value of line {@code index} in the column of {@code year} (null when the
         * line is of another year).
         */
        public BigDecimal lineInYear(int index, int year) {
            if (index >= lineTotals.size() || index >= lineYears.size() || lineTotals.get(index) == null) {
                return null;
            }
            Integer y = lineYears.get(index);
            return y != null && y == year ? lineTotals.get(index) : null;
        }

        public BigDecimal yearTotal(int year) {
            return yearTotals.getOrDefault(year, ZERO);
        }

        public BigDecimal pct(BigDecimal part) {
            return Money.percent(part, total);
        }

        public BigDecimal sourcesTotal() {
            return grant.add(ownFinancial).add(ownPersonal).add(ownInKind).add(recipientPayments);
        }
    }

    public record Check(List<RuleViolation> problems, Computed computed, OfferContent content) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private OfferRules() {
    }

    /**
     * Reads the offer as typed (first giving a multi-year cost line without a year the
     * first year of the task, as the form shows it:
     * {@link OfferForm#defaultCostLineYears}), computes every figure and asks every
     * {@link CostLineRule} that applies and, for a submission, every
     * {@link OfferSubmissionRule}; when all pass, builds the content to store
     * ({@link OfferContentBuilder}).
     * @param strict false for saving a draft: only unreadable values and the cost-line
     * rules that hold for drafts are problems; true for submission: every rule
     * @param offerors the lead organisation first, then the co-offerors
     */
    public static Check check(OfferForm f, Competition c, long offerId, List<OrganizationSummary> offerors,
            boolean strict) {
        return check(f, c, offerId, offerors, strict, null);
    }

    /**
     * As {@link #check(OfferForm, Competition, long, List, boolean)}, for a budget
     * updated after the decision: it must ask for exactly {@code awardedGrant} (null: not
     * such an update).
     */
    public static Check check(OfferForm f, Competition c, long offerId, List<OrganizationSummary> offerors,
            boolean strict, BigDecimal awardedGrant) {
        List<RuleViolation> problems = new ArrayList<>();
        List<Integer> years = years(c);
        // The task's years (its dates as typed, else the call's): a multi-year task only
        LocalDate taskFrom = f.getPeriodFrom() != null ? f.getPeriodFrom() : c.getPeriodFrom();
        LocalDate taskTo = f.getPeriodTo() != null ? f.getPeriodTo() : c.getPeriodTo();
        int fromYear = taskFrom == null ? 0 : taskFrom.getYear();
        int toYear = taskTo == null ? 0 : taskTo.getYear();
        if (years.size() > 1) {
            f.defaultCostLineYears(Math.max(fromYear, years.get(0)));
        }
        OfferCostTable costs = OfferCostTable.read(f, years, fromYear, toYear, strict, problems);
        OtherSources other = f.readOtherSources(problems);
        Computed computed = new Computed(costs.lineTotals(), costs.total(), costs.grant(), costs.administrative(),
                other.ownFinancial(), other.ownPersonal(), other.ownInKind(), other.recipientPayments(), other.total(),
                years, costs.lineYears(), costs.yearTotals());
        JointSplit split = jointSplit(f, offerors, costs.total(), problems);

        CompetitionTask task = f.getTaskId() == null ? null : c.task(f.getTaskId());
        if (strict) {
            problems.addAll(OfferSubmissionRule.checkAll(new OfferSubmissionRule.OfferSubmission(f, c, task, computed,
                    costs.filledLines(), offerors.size(), split.sum(), awardedGrant)));
        }
        if (!problems.isEmpty() || !strict) {
            return new Check(problems, computed, null);
        }
        return new Check(problems, computed,
                OfferContentBuilder.build(offerId, f, c, task, offerors, costs, computed, split.shares()));
    }

    /**
     * Reads and checks a small grant's simplified offer (art. 19a) with the same cost
     * table, sources and totals as a competition's offer: one calendar year per cost line
     * is not asked, there is no joint split, and instead of the call's rules the rules of
     * the form ({@link OfferSubmissionRule#checkForm}) and the limits of art. 19a in
     * force ({@code limits}, given the computed figures) apply on submission.
     */
    public static Check checkSmallGrant(OfferForm f, OfferContent.SmallGrantPart part, long offerId,
            List<OrganizationSummary> offerors, boolean strict, Function<Computed, List<RuleViolation>> limits) {
        List<RuleViolation> problems = new ArrayList<>();
        int year = f.getPeriodFrom() == null ? 0 : f.getPeriodFrom().getYear();
        OfferCostTable costs = OfferCostTable.read(f, List.of(), year, year, strict, problems);
        OtherSources other = f.readOtherSources(problems);
        Computed computed = new Computed(costs.lineTotals(), costs.total(), costs.grant(), costs.administrative(),
                other.ownFinancial(), other.ownPersonal(), other.ownInKind(), other.recipientPayments(), other.total(),
                List.of(), costs.lineYears(), costs.yearTotals());
        if (strict) {
            problems.addAll(OfferSubmissionRule.checkForm(new OfferSubmissionRule.OfferSubmission(f, null, null,
                    computed, costs.filledLines(), offerors.size(), ZERO, null)));
        }
        problems.addAll(limits.apply(computed));
        if (!problems.isEmpty() || !strict) {
            return new Check(problems, computed, null);
        }
        return new Check(problems, computed,
                OfferContentBuilder.buildSmallGrant(offerId, f, part, offerors, costs, computed));
    }

    /**
     * V.C: for a joint offer, the amount each offeror contributes (aligned with
     * {@code offerors}; an unreadable amount is a problem and read as 0); none for an
     * offer of one organisation.
     */
    static JointSplit jointSplit(OfferForm f, List<OrganizationSummary> offerors, BigDecimal total,
            List<RuleViolation> problems) {
        List<OfferContent.Share> shares = new ArrayList<>();
        BigDecimal sum = ZERO;
        if (offerors.size() > 1) {
            for (int i = 0; i < f.getSplit().size() && i < offerors.size(); i++) {
                BigDecimal amount = Money
                    .zeroIfNull(Money.parse(f.getSplit().get(i).getAmount(), "split[" + i + "].amount", problems));
                sum = sum.add(amount);
                OrganizationSummary o = offerors.get(i);
                shares.add(new OfferContent.Share(o.id(), o.name(), Money.plain(amount),
                        Money.percent(amount, total).toPlainString()));
            }
        }
        return new JointSplit(shares, sum);
    }

    /** V.C as read: each offeror's share and their sum. */
    record JointSplit(List<OfferContent.Share> shares, BigDecimal sum) {
    }

    /**
     * The calendar years of the call's implementation period (one for a single-year
     * task).
     */
    public static List<Integer> years(Competition c) {
        List<Integer> years = new ArrayList<>();
        if (c.getPeriodFrom() == null || c.getPeriodTo() == null) {
            return years;
        }
        for (int y = c.getPeriodFrom().getYear(); y <= c.getPeriodTo().getYear(); y++) {
            years.add(y);
        }
        return years;
    }

}
