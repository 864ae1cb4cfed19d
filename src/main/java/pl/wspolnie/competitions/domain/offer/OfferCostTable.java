package pl.wspolnie.competitions.domain.offer;

import pl.wspolnie.competitions.domain.Money;
import pl.wspolnie.shared.domain.RuleViolation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The cost table (V.A) of an offer read from what was typed: each line's amounts parsed
 * (every unreadable one a problem on its field), its total, and the totals of the table
 * (all, the grant column, administrative costs, and per year for a task of more than one
 * calendar year). What each line must meet is in {@link CostLineRule}.
 */
public record OfferCostTable(List<Line> lines, BigDecimal total, BigDecimal grant, BigDecimal administrative,
        Map<Integer, BigDecimal> yearTotals, Map<Integer, BigDecimal> yearGrants) {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    /**
     * A line of the table as read: null where blank or unreadable. {@code typedYear} is
     * the line's year for a multi-year task (null for a single year); {@code years} the
     * call's years and {@code taskFromYear}–{@code taskToYear} those of the task.
     */
    public record Line(int index, OfferForm.CostRow row, BigDecimal unitCost, BigDecimal units, BigDecimal fromGrant,
            Integer typedYear, List<Integer> years, int taskFromYear, int taskToYear) {

        /** The field name prefix of this line on the form. */
        String field(String name) {
            return "costLines[" + index + "]." + name;
        }

        /** Unit cost × units, rounded to the grosz; null when either is missing. */
        public BigDecimal total() {
            return unitCost == null || units == null ? null
                    : unitCost.multiply(units).setScale(2, RoundingMode.HALF_UP);
        }

        /** True unless the line has a year outside the task's years or the call's. */
        boolean yearInsideTask() {
            return typedYear == null
                    || typedYear >= taskFromYear && typedYear <= taskToYear && years.contains(typedYear);
        }

        /**
         * The year the line counts in (null for a single-year task or a year outside the
         * task).
         */
        public Integer year() {
            return yearInsideTask() ? typedYear : null;
        }

        /** The line as stored in the offer's content, numbered {@code number}. */
        OfferContent.CostLine content(int number) {
            BigDecimal total = total();
            return new OfferContent.CostLine(number, s(row.getAction()), s(row.getType()), s(row.getUnit()),
                    Money.plain(unitCost), units == null ? "" : units.toPlainString(), Money.plain(total),
                    Money.plain(Money.zeroIfNull(fromGrant)), row.isAdministrative(), year());
        }

    }

    /**
     * Reads the non-blank lines of {@code f}'s cost table and checks each against every
     * {@link CostLineRule} that applies ({@code strict}: a submission; else a draft).
     * @param years the call's calendar years (more than one: a column per year)
     * @param taskFromYear the first year of the task, taskToYear the last
     */
    public static OfferCostTable read(OfferForm f, List<Integer> years, int taskFromYear, int taskToYear,
            boolean strict, List<RuleViolation> problems) {
        boolean multiYear = years.size() > 1;
        List<Line> lines = new ArrayList<>();
        Map<Integer, BigDecimal> yearTotals = new TreeMap<>();
        Map<Integer, BigDecimal> yearGrants = new TreeMap<>();
        if (multiYear) {
            years.forEach(y -> {
                yearTotals.put(y, ZERO);
                yearGrants.put(y, ZERO);
            });
        }
        BigDecimal total = ZERO;
        BigDecimal grant = ZERO;
        BigDecimal administrative = ZERO;
        for (int i = 0; i < f.getCostLines().size(); i++) {
            OfferForm.CostRow r = f.getCostLines().get(i);
            if (r.isBlank()) {
                lines.add(null);
                continue;
            }
            List<RuleViolation> unreadable = new ArrayList<>();
            String p = "costLines[" + i + "].";
            Line line = new Line(i, r, Money.parse(r.getUnitCost(), p + "unitCost", unreadable),
                    Money.parseQuantity(r.getUnits(), p + "units", unreadable),
                    Money.parse(r.getFromGrant(), p + "fromGrant", unreadable), multiYear ? r.getYear() : null, years,
                    taskFromYear, taskToYear);
            CostLineRule.YEAR_OF_THE_TASK.check(line, problems);
            problems.addAll(unreadable);
            for (CostLineRule rule : CostLineRule.values()) {
                if (rule != CostLineRule.YEAR_OF_THE_TASK && (strict || rule.onDraft())) {
                    rule.check(line, problems);
                }
            }
            lines.add(line);
            BigDecimal lineTotal = line.total();
            if (lineTotal != null) {
                total = total.add(lineTotal);
                if (r.isAdministrative()) {
                    administrative = administrative.add(lineTotal);
                }
            }
            if (line.fromGrant() != null) {
                grant = grant.add(line.fromGrant());
            }
            Integer year = line.year();
            if (year != null) {
                if (lineTotal != null) {
                    yearTotals.merge(year, lineTotal, BigDecimal::add);
                }
                if (line.fromGrant() != null) {
                    yearGrants.merge(year, line.fromGrant(), BigDecimal::add);
                }
            }
        }
        return new OfferCostTable(lines, total, grant, administrative, yearTotals, yearGrants);
    }

    /**
     * Each line's total in the order of the form (null for a blank or unreadable line).
     */
    public List<BigDecimal> lineTotals() {
        return lines.stream().map(l -> l == null ? null : l.total()).toList();
    }

    /** Each line's year in the order of the form (null for a blank line or none). */
    public List<Integer> lineYears() {
        return lines.stream().map(l -> l == null ? null : l.year()).toList();
    }

    /** The non-blank lines, numbered from 1, as stored in the offer's content. */
    public List<OfferContent.CostLine> content() {
        List<OfferContent.CostLine> content = new ArrayList<>();
        for (Line l : lines) {
            if (l != null) {
                content.add(l.content(content.size() + 1));
            }
        }
        return content;
    }

    /** How many lines are not blank. */
    public int filledLines() {
        return (int) lines.stream().filter(l -> l != null).count();
    }

    static String s(String v) {
        return v == null ? "" : v.strip();
    }

}
