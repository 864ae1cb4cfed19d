package pl.wspolnie.competitions.domain.contract;

import java.time.LocalDate;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.text.Formats;

import java.util.ArrayList;
import java.util.List;

/**
 * What the contract for an awarded offer must meet before it is recorded: one named rule
 * each, with the field it points at and its message, asked in this order (the order of
 * the form) by {@link Contracts#record}. A rule never changes its input.
 */
enum ContractRule {

    /** The contract has a number. */
    NUMBER_GIVEN {
        @Override
        void check(ContractTerms t, Formats formats, List<RuleViolation> problems) {
            if (t.number().isEmpty()) {
                problems.add(new RuleViolation("number", "competitions.contract.number.required"));
            }
        }
    },
    /** No other contract of the JST has the same number. */
    NUMBER_FREE {
        @Override
        void check(ContractTerms t, Formats formats, List<RuleViolation> problems) {
            if (t.numberTaken()) {
                problems.add(new RuleViolation("number", "competitions.contract.number.taken"));
            }
        }
    },
    /** The date of signing is given. */
    SIGNED_ON_GIVEN {
        @Override
        void check(ContractTerms t, Formats formats, List<RuleViolation> problems) {
            if (t.signedOn() == null) {
                problems.add(new RuleViolation("signedOn", "competitions.contract.signedOn.required"));
            }
        }
    },
    /** The bank account is a valid 26-digit NRB. */
    BANK_ACCOUNT_VALID {
        @Override
        void check(ContractTerms t, Formats formats, List<RuleViolation> problems) {
            if (t.account() == null) {
                problems.add(new RuleViolation("bankAccount", "competitions.contract.bankAccount.invalid"));
            }
        }
    },
    /** The period of the task has a start. */
    PERIOD_FROM_GIVEN {
        @Override
        void check(ContractTerms t, Formats formats, List<RuleViolation> problems) {
            if (t.periodFrom() == null) {
                problems.add(new RuleViolation("periodFrom", "competitions.contract.period.required"));
            }
        }
    },
    /** The period of the task has an end, not before its start. */
    PERIOD_TO_GIVEN_AND_IN_ORDER {
        @Override
        void check(ContractTerms t, Formats formats, List<RuleViolation> problems) {
            if (t.periodTo() == null) {
                problems.add(new RuleViolation("periodTo", "competitions.contract.period.required"));
            }
            else if (t.periodFrom() != null && t.periodTo().isBefore(t.periodFrom())) {
                problems.add(new RuleViolation("periodTo", "competitions.contract.period.order"));
            }
        }
    },
    /**
     * Each tranche typed has a readable amount above zero and a due date.
     */
    TRANCHES_COMPLETE {
        @Override
        void check(ContractTerms t, Formats formats, List<RuleViolation> problems) {
            for (ContractTerms.TrancheLine line : t.tranches()) {
                problems.addAll(line.unreadable());
                boolean blank = line.typedAmount() == null || line.typedAmount().isBlank();
                if ((line.amount() == null && blank) || (line.amount() != null && line.amount().signum() == 0)) {
                    problems.add(new RuleViolation(line.field() + "amount",
                            "competitions.contract.tranche.amount.required"));
                }
                if (line.dueOn() == null) {
                    problems
                        .add(new RuleViolation(line.field() + "dueOn", "competitions.contract.tranche.dueOn.required"));
                }
            }
        }
    },
    /**
     * The tranches add up to the awarded grant (checked once everything else holds, so
     * the sum is of what the user meant).
     */
    TRANCHES_ADD_UP_TO_GRANT {
        @Override
        void check(ContractTerms t, Formats formats, List<RuleViolation> problems) {
            if (problems.isEmpty() && t.trancheSum().compareTo(t.award()) != 0) {
                problems.add(new RuleViolation("trancheSum", "competitions.contract.tranche.sum",
                        formats.money(t.trancheSum()), formats.money(t.award())));
            }
        }
    },
    /**
     * Each partial-report period typed has its three dates; it lies within the task's
     * period, after the previous one, and is due on its last day or later.
     */
    PARTIAL_REPORT_PERIODS_VALID {
        @Override
        void check(ContractTerms t, Formats formats, List<RuleViolation> problems) {
            LocalDate previousTo = null;
            for (ContractTerms.PartialLine p : t.partialReports()) {
                if (p.periodFrom() == null) {
                    problems.add(new RuleViolation(p.field() + "periodFrom", "competitions.contract.partial.required"));
                }
                if (p.periodTo() == null) {
                    problems.add(new RuleViolation(p.field() + "periodTo", "competitions.contract.partial.required"));
                }
                if (p.dueOn() == null) {
                    problems.add(new RuleViolation(p.field() + "dueOn", "competitions.contract.partial.required"));
                }
                if (p.periodFrom() == null || p.periodTo() == null) {
                    continue;
                }
                if (p.periodTo().isBefore(p.periodFrom())) {
                    problems.add(new RuleViolation(p.field() + "periodTo", "competitions.contract.period.order"));
                }
                else if (t.periodFrom() != null && t.periodTo() != null
                        && (p.periodFrom().isBefore(t.periodFrom()) || p.periodTo().isAfter(t.periodTo()))) {
                    problems.add(new RuleViolation(p.field() + "periodFrom", "competitions.contract.partial.outside",
                            formats.date(t.periodFrom()), formats.date(t.periodTo())));
                }
                else if (previousTo != null && !p.periodFrom().isAfter(previousTo)) {
                    problems.add(new RuleViolation(p.field() + "periodFrom", "competitions.contract.partial.overlap",
                            formats.date(previousTo)));
                }
                if (p.dueOn() != null && p.dueOn().isBefore(p.periodTo())) {
                    problems.add(new RuleViolation(p.field() + "dueOn", "competitions.contract.partial.dueBeforeEnd"));
                }
                previousTo = p.periodTo();
            }
        }
    };

    abstract void check(ContractTerms terms, Formats formats, List<RuleViolation> problems);

    /** Asks every rule in turn; the problems in the order of the form. */
    static List<RuleViolation> checkAll(ContractTerms terms, Formats formats) {
        List<RuleViolation> problems = new ArrayList<>();
        for (ContractRule rule : values()) {
            rule.check(terms, formats, problems);
        }
        return problems;
    }

}
