package pl.wspolnie.competitions.domain.offer;

import pl.wspolnie.competitions.domain.Money;
import pl.wspolnie.competitions.domain.announcement.Competition;
import pl.wspolnie.competitions.domain.announcement.CompetitionTask;

import pl.wspolnie.organizations.OrganizationSummary;
import pl.wspolnie.shared.domain.RuleViolation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * Parses an offer as typed (every unreadable amount names its field), computes every
 * total and percentage of V.A–V.C, and for a submission asks every
 * {@link OfferSubmissionRule}; then builds the content that is stored and checksummed.
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
     * @param strict false for saving a draft: only unreadable values are problems; true
     * for submission: every rule
     * @param offerors the lead organisation first, then the co-offerors
     */
    public static Check check(OfferForm f, Competition c, long offerId, List<OrganizationSummary> offerors,
            boolean strict) {
        List<RuleViolation> problems = new ArrayList<>();
        BiFunction<String, String, BigDecimal> money = (field, text) -> {
            try {
                return Money.parse(text, field);
            }
            catch (RuleViolation e) {
                problems.add(e);
                return null;
            }
        };

        // V.A cost table; for a task of more than one calendar year each line has its
        // year (a column per year)
        List<Integer> years = years(c);
        boolean multiYear = years.size() > 1;
        LocalDate taskFrom = f.getPeriodFrom() != null ? f.getPeriodFrom() : c.getPeriodFrom();
        LocalDate taskTo = f.getPeriodTo() != null ? f.getPeriodTo() : c.getPeriodTo();
        List<Integer> lineYears = new ArrayList<>();
        Map<Integer, BigDecimal> yearTotals = new TreeMap<>();
        Map<Integer, BigDecimal> yearGrants = new TreeMap<>();
        if (multiYear) {
            years.forEach(y -> {
                yearTotals.put(y, ZERO);
                yearGrants.put(y, ZERO);
            });
        }
        List<BigDecimal> lineTotals = new ArrayList<>();
        List<OfferContent.CostLine> lines = new ArrayList<>();
        BigDecimal total = ZERO;
        BigDecimal grant = ZERO;
        BigDecimal administrative = ZERO;
        for (int i = 0; i < f.getCostLines().size(); i++) {
            OfferForm.CostRow r = f.getCostLines().get(i);
            String p = "costLines[" + i + "].";
            if (r.isBlank()) {
                lineTotals.add(null);
                lineYears.add(null);
                continue;
            }
            if (multiYear && r.getYear() == null) {
                // A line without a year belongs to the first year of the task (shown so
                // on the form).
                r.setYear(Math.max(taskFrom.getYear(), years.get(0)));
            }
            Integer year = multiYear ? r.getYear() : null;
            if (year != null && (year < taskFrom.getYear() || year > taskTo.getYear() || !years.contains(year))) {
                problems.add(new RuleViolation(p + "year", "competitions.offer.cost.year.outside",
                        String.valueOf(taskFrom.getYear()), String.valueOf(taskTo.getYear())));
                year = null;
            }
            lineYears.add(year);
            BigDecimal unitCost = money.apply(p + "unitCost", r.getUnitCost());
            BigDecimal units = null;
            try {
                units = Money.parseQuantity(r.getUnits(), p + "units");
            }
            catch (RuleViolation e) {
                problems.add(e);
            }
            BigDecimal fromGrant = money.apply(p + "fromGrant", r.getFromGrant());
            BigDecimal lineTotal = unitCost == null || units == null ? null
                    : unitCost.multiply(units).setScale(2, RoundingMode.HALF_UP);
            lineTotals.add(lineTotal);
            if (strict) {
                if (OfferForm.blank(r.getType())) {
                    problems.add(new RuleViolation(p + "type", "competitions.offer.cost.type.required"));
                }
                if (unitCost == null && OfferForm.blank(r.getUnitCost())) {
                    problems.add(new RuleViolation(p + "unitCost", "competitions.offer.cost.unitCost.required"));
                }
                if (units == null && OfferForm.blank(r.getUnits())) {
                    problems.add(new RuleViolation(p + "units", "competitions.offer.cost.units.required"));
                }
            }
            if (lineTotal != null && fromGrant != null && fromGrant.compareTo(lineTotal) > 0) {
                problems.add(new RuleViolation(p + "fromGrant", "competitions.offer.cost.grantAboveLine"));
            }
            if (lineTotal != null) {
                total = total.add(lineTotal);
                if (r.isAdministrative()) {
                    administrative = administrative.add(lineTotal);
                }
            }
            if (fromGrant != null) {
                grant = grant.add(fromGrant);
            }
            if (year != null) {
                if (lineTotal != null) {
                    yearTotals.merge(year, lineTotal, BigDecimal::add);
                }
                if (fromGrant != null) {
                    yearGrants.merge(year, fromGrant, BigDecimal::add);
                }
            }
            lines.add(new OfferContent.CostLine(lines.size() + 1, s(r.getAction()), s(r.getType()), s(r.getUnit()),
                    Money.plain(unitCost), units == null ? "" : units.toPlainString(), Money.plain(lineTotal),
                    Money.plain(Money.zeroIfNull(fromGrant)), r.isAdministrative(), year));
        }

        // V.B sources
        BigDecimal ownFinancial = Money.zeroIfNull(money.apply("ownFinancial", f.getOwnFinancial()));
        BigDecimal ownPersonal = Money.zeroIfNull(money.apply("ownPersonal", f.getOwnPersonal()));
        BigDecimal ownInKind = Money.zeroIfNull(money.apply("ownInKind", f.getOwnInKind()));
        BigDecimal payments = Money.zeroIfNull(money.apply("recipientPayments", f.getRecipientPayments()));
        BigDecimal ownTotal = ownFinancial.add(ownPersonal).add(ownInKind).add(payments);
        Computed computed = new Computed(lineTotals, total, grant, administrative, ownFinancial, ownPersonal, ownInKind,
                payments, ownTotal, years, lineYears, yearTotals);

        // V.C split among joint offerors
        List<OfferContent.Share> shares = new ArrayList<>();
        BigDecimal splitSum = ZERO;
        if (offerors.size() > 1) {
            for (int i = 0; i < f.getSplit().size() && i < offerors.size(); i++) {
                BigDecimal amount = Money
                    .zeroIfNull(money.apply("split[" + i + "].amount", f.getSplit().get(i).getAmount()));
                splitSum = splitSum.add(amount);
                OrganizationSummary o = offerors.get(i);
                shares.add(new OfferContent.Share(o.id(), o.name(), Money.plain(amount),
                        Money.percent(amount, total).toPlainString()));
            }
        }

        CompetitionTask task = f.getTaskId() == null ? null : c.task(f.getTaskId());
        if (strict) {
            problems.addAll(OfferSubmissionRule.checkAll(new OfferSubmissionRule.OfferSubmission(f, c, task, computed,
                    lines.size(), offerors.size(), splitSum)));
        }
        if (!problems.isEmpty() || !strict) {
            return new Check(problems, computed, null);
        }

        OfferContent.Sources sources = new OfferContent.Sources(Money.plain(total), Money.plain(grant),
                pct(grant, total), Money.plain(ownFinancial), pct(ownFinancial, total), Money.plain(ownPersonal),
                pct(ownPersonal, total), Money.plain(ownInKind), pct(ownInKind, total), Money.plain(payments),
                pct(payments, total), Money.plain(ownTotal), pct(ownTotal, total), Money.plain(administrative),
                pct(administrative, total));
        List<OfferContent.Offeror> offerorList = offerors.stream()
            .map(o -> new OfferContent.Offeror(o.id(), o.name(), o.legalForm().name(), o.city()))
            .toList();
        List<OfferContent.Action> actions = f.getActions()
            .stream()
            .filter(a -> !a.isBlank())
            .map(a -> new OfferContent.Action(s(a.getName()), s(a.getDescription()), s(a.getRecipients()),
                    String.valueOf(a.getFrom()), String.valueOf(a.getTo())))
            .toList();
        List<OfferContent.Result> results = f.getResults()
            .stream()
            .filter(r -> !r.isBlank())
            .map(r -> new OfferContent.Result(s(r.getName()), s(r.getTarget()), s(r.getMeasure())))
            .toList();
        List<String> statements = List.of("noProfit", "noArrears", "dataTrue");
        OfferContent content = new OfferContent(offerId, c.getId(), c.getTitle(), task.getId(), task.getName(),
                s(f.getTitle()), f.getPeriodFrom().toString(), f.getPeriodTo().toString(), offerorList,
                s(f.getContactPerson()), s(f.getSummary()), actions, results, s(f.getExperience()), s(f.getResources()),
                lines, sources, shares, s(f.getOtherInfo()), statements,
                yearTotals.entrySet()
                    .stream()
                    .map(e -> new OfferContent.YearTotal(e.getKey(), Money.plain(e.getValue()),
                            Money.plain(yearGrants.getOrDefault(e.getKey(), ZERO))))
                    .toList(),
                List.of());
        return new Check(problems, computed, content);
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

    private static String pct(BigDecimal part, BigDecimal whole) {
        return Money.percent(part, whole).toPlainString();
    }

    private static String s(String v) {
        return v == null ? "" : v.strip();
    }

}
