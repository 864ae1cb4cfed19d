package pl.wspolnie.competitions.domain.contract;

import pl.wspolnie.competitions.domain.BankAccounts;
import pl.wspolnie.competitions.domain.Money;
import pl.wspolnie.shared.domain.RuleViolation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A contract's terms as typed on the form, read: the number stripped, the bank account
 * normalised (null when not a valid NRB), each non-blank tranche line with its amount
 * (null when unreadable, with why), and what {@link ContractRule} compares them with
 * (whether the number is taken in the JST, the awarded grant).
 */
record ContractTerms(String number, boolean numberTaken, LocalDate signedOn, String account, LocalDate periodFrom,
        LocalDate periodTo, List<TrancheLine> tranches, BigDecimal award, List<PartialLine> partialReports) {

    /** A non-empty row of the partial-report periods: its field prefix and the dates. */
    record PartialLine(String field, LocalDate periodFrom, LocalDate periodTo, LocalDate dueOn) {
    }

    /**
     * A non-blank line of the tranche table: its field prefix and what was read; an
     * amount that could not be read is null, with why.
     */
    record TrancheLine(String field, String typedAmount, BigDecimal amount, List<RuleViolation> unreadable,
            LocalDate dueOn) {

        boolean complete() {
            return amount != null && amount.signum() > 0 && dueOn != null;
        }

    }

    /**
     * Reads the form.
     * @param numberTaken whether another contract of the JST already has a (stripped)
     * number
     */
    static ContractTerms read(ContractForm f, Predicate<String> numberTaken, BigDecimal award) {
        String number = f.getNumber() == null ? "" : f.getNumber().strip();
        List<TrancheLine> lines = new ArrayList<>();
        for (int i = 0; i < f.getTranches().size(); i++) {
            ContractForm.TrancheRow r = f.getTranches().get(i);
            if (!r.isBlank()) {
                String p = "tranches[" + i + "].";
                List<RuleViolation> unreadable = new ArrayList<>();
                BigDecimal amount = Money.parse(r.getAmount(), p + "amount", unreadable);
                lines.add(new TrancheLine(p, r.getAmount(), amount, unreadable, r.getDueOn()));
            }
        }
        return new ContractTerms(number, !number.isEmpty() && numberTaken.test(number), f.getSignedOn(),
                BankAccounts.normalize(f.getBankAccount()), f.getPeriodFrom(), f.getPeriodTo(), lines, award,
                partialLines(f));
    }

    private static List<PartialLine> partialLines(ContractForm f) {
        List<PartialLine> lines = new ArrayList<>();
        for (int i = 0; i < f.getPartialReports().size(); i++) {
            ContractForm.PartialRow r = f.getPartialReports().get(i);
            if (!r.empty()) {
                lines.add(new PartialLine("partialReports[" + i + "].", r.getPeriodFrom(), r.getPeriodTo(),
                        r.getDueOn()));
            }
        }
        return lines;
    }

    /** The complete tranches, in the order typed. */
    List<Contract.Tranche> completeTranches() {
        return tranches.stream()
            .filter(TrancheLine::complete)
            .map(t -> new Contract.Tranche(t.dueOn(), t.amount()))
            .toList();
    }

    /** The sum of the complete tranches. */
    BigDecimal trancheSum() {
        return tranches.stream()
            .filter(TrancheLine::complete)
            .map(TrancheLine::amount)
            .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

}
