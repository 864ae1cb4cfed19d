package pl.wspolnie.competitions.domain.contract;

import pl.wspolnie.competitions.domain.Money;
import pl.wspolnie.competitions.domain.offer.OfferContent;
import pl.wspolnie.competitions.domain.smallgrant.SmallGrantLimits;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.text.Formats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The one home of the rules of an annex: it reads the proposal against the version in
 * force and what submitted reports already cover, and says what refuses it (each at its
 * field), the terms it would make, and whether it is only a shift between cost lines
 * within the contract's tolerance (then it is allowed, with a warning that no annex is
 * needed).
 * <ul>
 * <li>a justification; the period in order and, for a one-year task, within the budget
 * year of the version in force;</li>
 * <li>every line's total and part from the grant readable, the part from the grant not
 * above the total; the part outside the grant of all lines together stays as contracted
 * (own contribution and other sources are not changed by an annex);</li>
 * <li>the grant grows only on the official's proposal (the grant is the JST's
 * decision);</li>
 * <li>every expected result keeps a target;</li>
 * <li>the past of a submitted partial report stays: its start, an end before the day it
 * was submitted, a line below what it reported as incurred (or from the grant);</li>
 * <li>for a small grant's contract, the limits of art. 19a in force: the task not longer
 * than its days, the grant not above the limit per task ({@link SmallGrantLimits}, the
 * one home of those limits);</li>
 * <li>something must change.</li>
 * </ul>
 */
final class AnnexRules {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    /**
     * What the submitted (or accepted) partial reports already cover: the latest day one
     * was submitted, and per cost line the largest amounts reported (null: none).
     */
    record Reported(LocalDate submittedOn, List<BigDecimal> incurred, List<BigDecimal> fromGrant) {

        static Reported none() {
            return new Reported(null, List.of(), List.of());
        }

        boolean any() {
            return submittedOn != null;
        }

        BigDecimal incurred(int line) {
            return line < incurred.size() ? incurred.get(line) : null;
        }

        BigDecimal fromGrant(int line) {
            return line < fromGrant.size() ? fromGrant.get(line) : null;
        }

    }

    /** The terms the proposal makes, whether it is within tolerance, what refused it. */
    record Outcome(AnnexedTerms terms, boolean withinTolerance, List<RuleViolation> problems) {
    }

    /** One changed clause: its label (message key and argument), before and after. */
    public record Change(String key, String arg, String before, String after) {
    }

    private AnnexRules() {
    }

    static Outcome check(AnnexForm f, AnnexedTerms now, ContractSide side, Reported past, BigDecimal deviationPercent,
            SmallGrantLimits smallGrant, Formats formats) {
        f.alignedWith(now);
        List<RuleViolation> problems = new ArrayList<>();
        if (f.getJustification() == null || f.getJustification().isBlank()) {
            problems.add(new RuleViolation("justification", "competitions.annex.justification.required"));
        }
        LocalDate from = f.getPeriodFrom();
        LocalDate to = f.getPeriodTo();
        if (from == null) {
            problems.add(new RuleViolation("periodFrom", "competitions.contract.period.required"));
        }
        if (to == null) {
            problems.add(new RuleViolation("periodTo", "competitions.contract.period.required"));
        }
        else if (from != null && to.isBefore(from)) {
            problems.add(new RuleViolation("periodTo", "competitions.contract.period.order"));
        }
        OfferContent content = now.content();
        if (!content.multiYear()) {
            int year = now.from().getYear();
            if (from != null && from.getYear() != year) {
                problems
                    .add(new RuleViolation("periodFrom", "competitions.annex.period.budgetYear", String.valueOf(year)));
            }
            if (to != null && to.getYear() != year) {
                problems
                    .add(new RuleViolation("periodTo", "competitions.annex.period.budgetYear", String.valueOf(year)));
            }
        }
        if (past.any()) {
            if (from != null && !from.equals(now.from())) {
                problems.add(new RuleViolation("periodFrom", "competitions.annex.past.start",
                        formats.date(past.submittedOn())));
            }
            if (to != null && to.isBefore(past.submittedOn())) {
                problems.add(
                        new RuleViolation("periodTo", "competitions.annex.past.end", formats.date(past.submittedOn())));
            }
        }

        List<OfferContent.CostLine> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        BigDecimal grant = BigDecimal.ZERO.setScale(2);
        BigDecimal administrative = BigDecimal.ZERO.setScale(2);
        BigDecimal outsideBefore = BigDecimal.ZERO.setScale(2);
        boolean linesReadable = true;
        boolean onlyShiftWithinTolerance = true;
        for (int i = 0; i < content.costLines().size(); i++) {
            OfferContent.CostLine old = content.costLines().get(i);
            AnnexForm.Line typed = f.getLines().get(i);
            String p = "lines[" + i + "].";
            int before = problems.size();
            BigDecimal lineTotal = Money.parse(typed.getTotal(), p + "total", problems);
            BigDecimal lineGrant = Money.parse(typed.getFromGrant(), p + "fromGrant", problems);
            if (problems.size() == before && lineTotal == null) {
                problems.add(new RuleViolation(p + "total", "competitions.annex.amount.required"));
            }
            if (problems.size() == before && lineGrant == null) {
                problems.add(new RuleViolation(p + "fromGrant", "competitions.annex.amount.required"));
            }
            BigDecimal oldTotal = new BigDecimal(old.total());
            BigDecimal oldGrant = new BigDecimal(old.fromGrant());
            outsideBefore = outsideBefore.add(oldTotal.subtract(oldGrant));
            if (problems.size() != before) {
                linesReadable = false;
                lines.add(old);
                continue;
            }
            lineTotal = lineTotal.setScale(2, RoundingMode.HALF_UP);
            lineGrant = lineGrant.setScale(2, RoundingMode.HALF_UP);
            if (lineGrant.compareTo(lineTotal) > 0) {
                problems.add(new RuleViolation(p + "fromGrant", "competitions.annex.grantAboveTotal"));
            }
            BigDecimal reported = past.incurred(i);
            if (reported != null && lineTotal.compareTo(reported) < 0) {
                problems.add(new RuleViolation(p + "total", "competitions.annex.past.line", formats.money(reported)));
            }
            BigDecimal reportedGrant = past.fromGrant(i);
            if (reportedGrant != null && lineGrant.compareTo(reportedGrant) < 0) {
                problems.add(new RuleViolation(p + "fromGrant", "competitions.annex.past.line",
                        formats.money(reportedGrant)));
            }
            // Within tolerance: the line moves by at most the allowed deviation of its
            // contracted total (exactly the limit is within, as for the report's flag).
            if (lineTotal.subtract(oldTotal).abs().multiply(HUNDRED).compareTo(oldTotal.multiply(deviationPercent)) > 0
                    || lineGrant.subtract(oldGrant)
                        .abs()
                        .multiply(HUNDRED)
                        .compareTo(oldGrant.multiply(deviationPercent)) > 0) {
                onlyShiftWithinTolerance = false;
            }
            lines.add(new OfferContent.CostLine(old.number(), old.action(), old.type(), old.unit(), old.unitCost(),
                    old.units(), Money.plain(lineTotal), Money.plain(lineGrant), old.administrative(), old.year()));
            total = total.add(lineTotal);
            grant = grant.add(lineGrant);
            if (old.administrative()) {
                administrative = administrative.add(lineTotal);
            }
        }
        if (linesReadable) {
            BigDecimal outside = total.subtract(grant);
            if (outside.compareTo(outsideBefore) != 0) {
                problems.add(new RuleViolation("lines", "competitions.annex.otherSources", formats.money(outsideBefore),
                        formats.money(outside)));
            }
            if (grant.compareTo(now.grantAmount()) > 0 && side != ContractSide.OFFICIAL) {
                problems.add(new RuleViolation("lines", "competitions.annex.grantRaisedByContractor",
                        formats.money(now.grantAmount()), formats.money(grant)));
            }
        }

        if (smallGrant != null) {
            boolean inOrder = from != null && to != null && !to.isBefore(from);
            problems.addAll(
                    smallGrant.checkAnnex(inOrder ? from : null, inOrder ? to : null, linesReadable ? grant : null));
        }

        List<OfferContent.Result> results = new ArrayList<>();
        for (int i = 0; i < content.results().size(); i++) {
            OfferContent.Result old = content.results().get(i);
            String target = f.getResults().get(i).getTarget();
            if (target == null || target.isBlank()) {
                problems.add(new RuleViolation("results[" + i + "].target", "competitions.annex.target.required"));
                results.add(old);
            }
            else {
                results.add(new OfferContent.Result(old.name(), target.strip(), old.measure()));
            }
        }
        if (!problems.isEmpty()) {
            return new Outcome(null, false, problems);
        }
        AnnexedTerms terms = new AnnexedTerms(from.toString(), to.toString(), Money.plain(grant),
                annexed(content, from, to, lines, results, total, grant, administrative));
        if (changes(now, terms, formats).isEmpty()) {
            problems.add(new RuleViolation("justification", "competitions.annex.nothingChanged"));
            return new Outcome(null, false, problems);
        }
        boolean withinTolerance = onlyShiftWithinTolerance && from.equals(now.from()) && to.equals(now.to())
                && total.compareTo(new BigDecimal(content.sources().total())) == 0
                && grant.compareTo(now.grantAmount()) == 0 && results.equals(content.results());
        return new Outcome(terms, withinTolerance, problems);
    }

    /** The offer's content as annexed: new period, lines, results and sources (V.B). */
    private static OfferContent annexed(OfferContent c, LocalDate from, LocalDate to, List<OfferContent.CostLine> lines,
            List<OfferContent.Result> results, BigDecimal total, BigDecimal grant, BigDecimal administrative) {
        OfferContent.Sources s = c.sources();
        BigDecimal own = new BigDecimal(s.ownTotal());
        OfferContent.Sources sources = new OfferContent.Sources(Money.plain(total), Money.plain(grant),
                pct(grant, total), s.ownFinancial(), pct(new BigDecimal(s.ownFinancial()), total), s.ownPersonal(),
                pct(new BigDecimal(s.ownPersonal()), total), s.ownInKind(), pct(new BigDecimal(s.ownInKind()), total),
                s.recipientPayments(), pct(new BigDecimal(s.recipientPayments()), total), s.ownTotal(), pct(own, total),
                Money.plain(administrative), pct(administrative, total));
        List<OfferContent.YearTotal> years = c.yearTotals()
            .stream()
            .map(y -> new OfferContent.YearTotal(y.year(),
                    Money.plain(lines.stream()
                        .filter(l -> Objects.equals(l.year(), y.year()))
                        .map(l -> new BigDecimal(l.total()))
                        .reduce(BigDecimal.ZERO, BigDecimal::add)),
                    Money.plain(lines.stream()
                        .filter(l -> Objects.equals(l.year(), y.year()))
                        .map(l -> new BigDecimal(l.fromGrant()))
                        .reduce(BigDecimal.ZERO, BigDecimal::add))))
            .toList();
        return new OfferContent(c.offerId(), c.competitionId(), c.competitionTitle(), c.taskId(), c.taskName(),
                c.title(), from.toString(), to.toString(), c.offerors(), c.contactPerson(), c.summary(), c.actions(),
                results, c.experience(), c.resources(), lines, sources, c.split(), c.otherInfo(), c.statements(), years,
                c.attachments(), c.smallGrant());
    }

    private static String pct(BigDecimal part, BigDecimal whole) {
        return Money.percent(part, whole).toPlainString();
    }

    /** The clauses that differ between two versions, in the order of the contract. */
    static List<Change> changes(AnnexedTerms before, AnnexedTerms after, Formats formats) {
        List<Change> list = new ArrayList<>();
        if (!before.from().equals(after.from()) || !before.to().equals(after.to())) {
            list.add(new Change("competitions.annex.change.period", "",
                    formats.date(before.from()) + " – " + formats.date(before.to()),
                    formats.date(after.from()) + " – " + formats.date(after.to())));
        }
        List<OfferContent.CostLine> a = before.content().costLines();
        List<OfferContent.CostLine> b = after.content().costLines();
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            String line = a.get(i).number() + ". " + a.get(i).type();
            money(list, "competitions.annex.change.lineTotal", line, a.get(i).total(), b.get(i).total(), formats);
            money(list, "competitions.annex.change.lineGrant", line, a.get(i).fromGrant(), b.get(i).fromGrant(),
                    formats);
        }
        money(list, "competitions.annex.change.total", "", before.content().sources().total(),
                after.content().sources().total(), formats);
        money(list, "competitions.annex.change.grant", "", before.grant(), after.grant(), formats);
        List<OfferContent.Result> ra = before.content().results();
        List<OfferContent.Result> rb = after.content().results();
        for (int i = 0; i < Math.min(ra.size(), rb.size()); i++) {
            if (!Objects.equals(ra.get(i).target(), rb.get(i).target())) {
                list.add(new Change("competitions.annex.change.result", ra.get(i).name(), ra.get(i).target(),
                        rb.get(i).target()));
            }
        }
        return list;
    }

    private static void money(List<Change> list, String key, String arg, String before, String after, Formats formats) {
        BigDecimal x = new BigDecimal(before);
        BigDecimal y = new BigDecimal(after);
        if (x.compareTo(y) != 0) {
            list.add(new Change(key, arg, formats.money(x), formats.money(y)));
        }
    }

}
