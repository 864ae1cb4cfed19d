package pl.wspolnie.competitions.domain.contract;

import java.util.Arrays;
import java.math.RoundingMode;
import pl.wspolnie.competitions.domain.Money;
import pl.wspolnie.competitions.domain.offer.OfferContent;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.text.Formats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The list of accounting documents of a report's financial part and its checks against
 * the cost table (issue 19, point 5). Each document is complete, dated within the
 * report's period, with its part from the grant not above its amount, and listed once;
 * once the list is given, per cost line the documents' sum must equal the cost incurred
 * entered for the line (and their part from the grant the line's), and may not exceed the
 * line's amount per contract by more than the allowed deviation. The incurred amounts
 * stay typed (not computed from the list), so a report without a list is checked as
 * before and a list that does not add up is refused at the line it disagrees with.
 */
public final class ReportDocuments {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private static final Formats FORMATS = new Formats();

    /** A document as read (amounts null when mistyped). */
    public record Document(String number, LocalDate issuedOn, String issuer, Integer line, String lineType,
            BigDecimal amount, BigDecimal fromGrant) {
    }

    /**
     * A cost line against its documents: per contract, the most its documents may reach,
     * the cost incurred as entered, the documents' sum and of which from the grant.
     */
    public record LineTotal(int number, String type, BigDecimal planned, BigDecimal limit, BigDecimal incurred,
            BigDecimal documents, BigDecimal documentsGrant, int count) {

        public boolean agrees() {
            return documents.compareTo(incurred) == 0;
        }

    }

    /**
     * The documents read and the totals per line (empty when no document is listed); the
     * allowed deviation of a line in percent.
     */
    public record Checked(List<Document> documents, List<LineTotal> lines, BigDecimal deviationPercent) {

        public boolean listed() {
            return !documents.isEmpty();
        }

        public BigDecimal total() {
            return documents.stream().map(d -> Money.zeroIfNull(d.amount())).reduce(ZERO, BigDecimal::add);
        }

        public BigDecimal totalGrant() {
            return documents.stream().map(d -> Money.zeroIfNull(d.fromGrant())).reduce(ZERO, BigDecimal::add);
        }

    }

    private ReportDocuments() {
    }

    /**
     * Reads and checks the documents against the lines computed from the cost table; what
     * refuses is added to the problems at its field.
     */
    static Checked check(OfferContent planned, List<ReportRules.Line> lines, ReportForm f, BigDecimal limitFactor,
            LocalDate from, LocalDate to, List<RuleViolation> problems) {
        List<Document> documents = new ArrayList<>();
        int n = planned.costLines().size();
        BigDecimal[] sums = new BigDecimal[n];
        BigDecimal[] grants = new BigDecimal[n];
        int[] counts = new int[n];
        int[] lastRow = new int[n];
        Arrays.fill(sums, ZERO);
        Arrays.fill(grants, ZERO);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < f.getDocuments().size(); i++) {
            ReportForm.DocumentRow row = f.getDocuments().get(i);
            if (row.empty()) {
                continue;
            }
            String p = "documents[" + i + "].";
            String number = strip(row.getNumber());
            String issuer = strip(row.getIssuer());
            if (number.isEmpty()) {
                problems.add(new RuleViolation(p + "number", "competitions.report.document.number.required"));
            }
            if (row.getIssuedOn() == null) {
                problems.add(new RuleViolation(p + "issuedOn", "competitions.report.document.issuedOn.required"));
            }
            else if (row.getIssuedOn().isBefore(from) || row.getIssuedOn().isAfter(to)) {
                problems.add(new RuleViolation(p + "issuedOn", "competitions.report.document.issuedOn.outside",
                        FORMATS.date(from), FORMATS.date(to)));
            }
            if (issuer.isEmpty()) {
                problems.add(new RuleViolation(p + "issuer", "competitions.report.document.issuer.required"));
            }
            int index = indexOf(planned, row.getLine());
            if (index < 0) {
                problems.add(new RuleViolation(p + "line", "competitions.report.document.line.required"));
            }
            BigDecimal amount = Money.parse(row.getAmount(), p + "amount", problems);
            if (amount == null && problems.stream().noneMatch(v -> (p + "amount").equals(v.field()))) {
                problems.add(new RuleViolation(p + "amount", "competitions.report.document.amount.required"));
            }
            else if (amount != null && amount.signum() <= 0) {
                problems.add(new RuleViolation(p + "amount", "competitions.report.document.amount.required"));
            }
            BigDecimal grant = Money.parse(row.getFromGrant(), p + "fromGrant", problems);
            if (amount != null && grant != null && grant.compareTo(amount) > 0) {
                problems.add(new RuleViolation(p + "fromGrant", "competitions.report.document.grantAboveAmount"));
            }
            if (!number.isEmpty() && !issuer.isEmpty()
                    && !seen.add(number.toLowerCase(Locale.ROOT) + "\u0000" + issuer.toLowerCase(Locale.ROOT))) {
                problems.add(new RuleViolation(p + "number", "competitions.report.document.duplicate"));
            }
            documents.add(new Document(number, row.getIssuedOn(), issuer, row.getLine(),
                    index < 0 ? "" : planned.costLines().get(index).type(), amount, grant));
            if (index >= 0) {
                sums[index] = sums[index].add(Money.zeroIfNull(amount));
                grants[index] = grants[index].add(Money.zeroIfNull(grant));
                counts[index]++;
                lastRow[index] = i;
            }
        }
        if (documents.isEmpty()) {
            return new Checked(List.of(), List.of(), limitFactor.subtract(HUNDRED));
        }
        List<LineTotal> totals = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ReportRules.Line line = lines.get(i);
            // The most the line's documents may reach: planned × (100 + deviation) / 100.
            BigDecimal limit = line.planned().multiply(limitFactor).divide(HUNDRED, 2, RoundingMode.DOWN);
            if (sums[i].compareTo(limit) > 0) {
                problems.add(new RuleViolation("documents[" + lastRow[i] + "].amount",
                        "competitions.report.document.exceedsLine", line.number(), line.type(), FORMATS.money(sums[i]),
                        FORMATS.money(limit), FORMATS.money(line.planned())));
            }
            if (sums[i].compareTo(line.incurred()) != 0) {
                problems
                    .add(new RuleViolation("costs[" + i + "].incurred", "competitions.report.document.incurredDiffers",
                            FORMATS.money(sums[i]), FORMATS.money(line.incurred())));
            }
            if (grants[i].compareTo(line.incurredGrant()) != 0) {
                problems
                    .add(new RuleViolation("costs[" + i + "].fromGrant", "competitions.report.document.grantDiffers",
                            FORMATS.money(grants[i]), FORMATS.money(line.incurredGrant())));
            }
            totals.add(new LineTotal(line.number(), line.type(), line.planned(), limit, line.incurred(), sums[i],
                    grants[i], counts[i]));
        }
        return new Checked(List.copyOf(documents), List.copyOf(totals), limitFactor.subtract(HUNDRED));
    }

    private static int indexOf(OfferContent planned, Integer line) {
        if (line == null) {
            return -1;
        }
        for (int i = 0; i < planned.costLines().size(); i++) {
            if (planned.costLines().get(i).number() == line) {
                return i;
            }
        }
        return -1;
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

}
