package pl.wspolnie.competitions.domain.contract;

import pl.wspolnie.competitions.domain.CompetitionSettings;
import pl.wspolnie.competitions.domain.Money;
import pl.wspolnie.competitions.domain.OtherSources;
import pl.wspolnie.competitions.domain.offer.OfferContent;

import pl.wspolnie.shared.domain.RuleViolation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The financial statement and the flags of a report, computed on the server from the
 * contract's version of the offer and what the offeror typed; and the settlement (amount
 * to return).
 */
public final class ReportRules {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*(\\d+(?:[.,]\\d+)?)");

    /** A number (digits grouped by spaces allowed), then an optional unit in words. */
    private static final Pattern ACHIEVED = Pattern.compile(
            "^\\s*(\\d{1,3}(?: \\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?)(?:\\s*[\\p{L}%][\\p{L}\\p{M}.%/ -]*)?\\s*$");

    /**
     * A cost line: per contract vs incurred; deviation in % of the contract's value; the
     * flags.
     */
    public record Line(int number, String type, BigDecimal planned, BigDecimal plannedGrant, BigDecimal incurred,
            BigDecimal incurredGrant, LocalDate spentOn, BigDecimal deviationPct, boolean overLimit,
            boolean outsidePeriod) {
    }

    /**
     * A result: target (the number at the start of the offer's text), achieved, % and the
     * flag.
     */
    public record Result(String name, String target, BigDecimal targetValue, BigDecimal achieved, BigDecimal pct,
            boolean below) {
    }

    /** A source of funds: per contract vs incurred. */
    public record Source(String key, BigDecimal planned, BigDecimal incurred) {
    }

    public record Computed(List<Line> lines, List<Result> results, List<Source> sources, BigDecimal plannedTotal,
            BigDecimal contractGrant, BigDecimal incurredTotal, BigDecimal incurredGrant, BigDecimal contractSharePct,
            BigDecimal actualSharePct, boolean shareAbove, BigDecimal unusedGrant, BigDecimal aboveShare,
            BigDecimal toReturn, List<RuleViolation> problems, ReportDocuments.Checked documents) {

        public boolean anyFlag() {
            return shareAbove || lines.stream().anyMatch(l -> l.overLimit() || l.outsidePeriod())
                    || results.stream().anyMatch(Result::below);
        }
    }

    private ReportRules() {
    }

    public static Computed compute(OfferContent planned, Contract contract, ReportForm f,
            CompetitionSettings settings) {
        return compute(planned, contract, f, settings, contract.getPeriodFrom(), contract.getPeriodTo());
    }

    /**
     * The statement of a report covering the days from {@code periodFrom} to
     * {@code periodTo} (its documents dated within them).
     */
    public static Computed compute(OfferContent planned, Contract contract, ReportForm f, CompetitionSettings settings,
            LocalDate periodFrom, LocalDate periodTo) {
        List<RuleViolation> problems = new ArrayList<>();
        f.alignedWith(planned);
        List<Line> lines = new ArrayList<>();
        BigDecimal incurredTotal = ZERO;
        BigDecimal incurredGrant = ZERO;
        BigDecimal limitFactor = HUNDRED.add(settings.costLineDeviationPercent());
        for (int i = 0; i < planned.costLines().size(); i++) {
            OfferContent.CostLine pl = planned.costLines().get(i);
            ReportForm.CostRow r = f.getCosts().get(i);
            String p = "costs[" + i + "].";
            BigDecimal plannedTotal = new BigDecimal(pl.total());
            BigDecimal incurred = Money.zeroIfNull(Money.parse(r.getIncurred(), p + "incurred", problems));
            BigDecimal grant = Money.zeroIfNull(Money.parse(r.getFromGrant(), p + "fromGrant", problems));
            if (grant.compareTo(incurred) > 0) {
                problems.add(new RuleViolation(p + "fromGrant", "competitions.report.grantAboveIncurred"));
            }
            // Flagged above the limit only: incurred × 100 > planned × (100 + limit) —
            // exactly the limit is not flagged.
            boolean over = incurred.multiply(HUNDRED).compareTo(plannedTotal.multiply(limitFactor)) > 0;
            BigDecimal deviation = plannedTotal.signum() == 0 ? ZERO
                    : incurred.subtract(plannedTotal).multiply(HUNDRED).divide(plannedTotal, 2, RoundingMode.HALF_UP);
            boolean outside = r.getSpentOn() != null && (r.getSpentOn().isBefore(contract.getPeriodFrom())
                    || r.getSpentOn().isAfter(contract.getPeriodTo()));
            lines.add(new Line(pl.number(), pl.type(), plannedTotal, new BigDecimal(pl.fromGrant()), incurred, grant,
                    r.getSpentOn(), deviation, over, outside));
            incurredTotal = incurredTotal.add(incurred);
            incurredGrant = incurredGrant.add(grant);
        }

        ReportDocuments.Checked documents = ReportDocuments.check(planned, lines, f, limitFactor, periodFrom, periodTo,
                problems);

        List<Result> results = new ArrayList<>();
        for (int i = 0; i < planned.results().size(); i++) {
            OfferContent.Result pr = planned.results().get(i);
            BigDecimal achieved = null;
            try {
                achieved = achievedValue(f.getResults().get(i).getAchieved(), "results[" + i + "].achieved");
            }
            catch (RuleViolation e) {
                problems.add(e);
            }
            BigDecimal target = targetValue(pr.target());
            BigDecimal pct = target == null || achieved == null || target.signum() == 0 ? null
                    : achieved.multiply(HUNDRED).divide(target, 2, RoundingMode.HALF_UP);
            // Below the threshold: achieved × 100 < target × threshold (79.99 % of the
            // target is flagged, 80 % not).
            boolean below = target != null && achieved != null
                    && achieved.multiply(HUNDRED).compareTo(target.multiply(settings.resultsThresholdPercent())) < 0;
            results.add(new Result(pr.name(), pr.target(), target, achieved, pct, below));
        }

        OfferContent.Sources ps = planned.sources();
        OtherSources other = f.readOtherSources(problems);
        List<Source> sources = List.of(new Source("grant", new BigDecimal(ps.grant()), incurredGrant),
                new Source("ownFinancial", new BigDecimal(ps.ownFinancial()), other.ownFinancial()),
                new Source("ownPersonal", new BigDecimal(ps.ownPersonal()), other.ownPersonal()),
                new Source("ownInKind", new BigDecimal(ps.ownInKind()), other.ownInKind()),
                new Source("recipientPayments", new BigDecimal(ps.recipientPayments()), other.recipientPayments()));

        BigDecimal plannedTotal = new BigDecimal(ps.total());
        BigDecimal contractGrant = contract.getGrantAmount();
        // Grant share above the contract's: incurredGrant / incurredTotal > contractGrant
        // / plannedTotal.
        boolean shareAbove = incurredTotal.signum() > 0
                && incurredGrant.multiply(plannedTotal).compareTo(contractGrant.multiply(incurredTotal)) > 0;
        BigDecimal allowed = plannedTotal.signum() == 0 ? ZERO
                : contractGrant.multiply(incurredTotal).divide(plannedTotal, 2, RoundingMode.HALF_UP);
        BigDecimal above = shareAbove ? incurredGrant.subtract(allowed).max(ZERO) : ZERO;
        BigDecimal unused = contractGrant.subtract(incurredGrant).max(ZERO).setScale(2, RoundingMode.HALF_UP);
        return new Computed(lines, results, sources, plannedTotal, contractGrant, incurredTotal, incurredGrant,
                Money.percent(contractGrant, plannedTotal), Money.percent(incurredGrant, incurredTotal), shareAbove,
                unused, above, unused.add(above), problems, documents);
    }

    /**
     * The number at the start of a target such as "40 osób" (null when there is none).
     */
    static BigDecimal targetValue(String target) {
        if (target == null) {
            return null;
        }
        Matcher m = LEADING_NUMBER.matcher(target);
        return m.find() ? new BigDecimal(m.group(1).replace(',', '.')) : null;
    }

    /**
     * The achieved value of a result: a number, optionally followed by its unit like the
     * offer's target ("28" or "28 osób"); null when empty. A result is not money: its
     * error says so.
     */
    static BigDecimal achievedValue(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher m = ACHIEVED.matcher(text.replace('\u00a0', ' '));
        if (!m.matches()) {
            throw new RuleViolation(field, "competitions.report.result.invalid");
        }
        BigDecimal value = new BigDecimal(m.group(1).replace(" ", "").replace(',', '.'));
        if (value.compareTo(new BigDecimal("1000000000")) > 0) {
            throw new RuleViolation(field, "competitions.report.result.tooLarge");
        }
        return value;
    }

}
