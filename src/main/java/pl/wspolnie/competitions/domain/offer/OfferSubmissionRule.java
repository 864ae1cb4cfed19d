package pl.wspolnie.competitions.domain.offer;

import java.util.EnumSet;
import java.util.Set;

import pl.wspolnie.competitions.domain.announcement.Competition;
import pl.wspolnie.competitions.domain.announcement.CompetitionMode;
import pl.wspolnie.competitions.domain.announcement.CompetitionTask;

import pl.wspolnie.shared.domain.RuleViolation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import pl.wspolnie.shared.text.Formats;

/**
 * What an offer must meet to be submitted (the 2018 offer form and the call's conditions,
 * art. 13–14 of the Act): one named rule each, with the field it points at and its
 * message. {@link OfferRules} parses and computes the offer and then asks every rule; a
 * rule never changes its input. A draft is saved without them.
 */
public enum OfferSubmissionRule {

    /** I: the offer is for one of this competition's tasks. */
    TASK_OF_THIS_COMPETITION {
        @Override
        void check(OfferSubmission o, List<RuleViolation> problems) {
            if (o.task() == null) {
                problems.add(new RuleViolation("taskId", "competitions.offer.task.required"));
            }
        }
    },
    TITLE_GIVEN {
        @Override
        void check(OfferSubmission o, List<RuleViolation> problems) {
            if (OfferForm.blank(o.form().getTitle())) {
                problems.add(new RuleViolation("title", "competitions.offer.title.required"));
            }
        }
    },
    /**
     * The task's dates are given, in order, and inside the call's implementation period.
     */
    PERIOD_INSIDE_CALL {
        @Override
        void check(OfferSubmission o, List<RuleViolation> problems) {
            OfferForm f = o.form();
            Competition c = o.competition();
            if (f.getPeriodFrom() == null) {
                problems.add(new RuleViolation("periodFrom", "competitions.offer.period.required"));
            }
            else if (f.getPeriodFrom().isBefore(c.getPeriodFrom()) || f.getPeriodFrom().isAfter(c.getPeriodTo())) {
                problems.add(new RuleViolation("periodFrom", "competitions.offer.period.outside", d(c.getPeriodFrom()),
                        d(c.getPeriodTo())));
            }
            if (f.getPeriodTo() == null) {
                problems.add(new RuleViolation("periodTo", "competitions.offer.period.required"));
            }
            else if (f.getPeriodTo().isAfter(c.getPeriodTo()) || f.getPeriodTo().isBefore(c.getPeriodFrom())) {
                problems.add(new RuleViolation("periodTo", "competitions.offer.period.outside", d(c.getPeriodFrom()),
                        d(c.getPeriodTo())));
            }
            else if (f.getPeriodFrom() != null && f.getPeriodFrom().isAfter(f.getPeriodTo())) {
                problems.add(new RuleViolation("periodTo", "competitions.period.order"));
            }
        }
    },
    /** III.4: at least one action, each named and dated inside the task's period. */
    ACTIONS_DESCRIBED {
        @Override
        void check(OfferSubmission o, List<RuleViolation> problems) {
            OfferForm f = o.form();
            if (f.getActions().stream().allMatch(OfferForm.ActionRow::isBlank)) {
                problems.add(new RuleViolation("actions", "competitions.offer.actions.required"));
            }
            for (int i = 0; i < f.getActions().size(); i++) {
                OfferForm.ActionRow a = f.getActions().get(i);
                String p = "actions[" + i + "].";
                if (a.isBlank()) {
                    continue;
                }
                if (OfferForm.blank(a.getName())) {
                    problems.add(new RuleViolation(p + "name", "competitions.offer.action.name.required"));
                }
                if (a.getFrom() == null || a.getTo() == null) {
                    problems.add(new RuleViolation(p + "from", "competitions.offer.action.dates.required"));
                }
                else if (f.getPeriodFrom() != null && f.getPeriodTo() != null
                        && (a.getFrom().isBefore(f.getPeriodFrom()) || a.getTo().isAfter(f.getPeriodTo())
                                || a.getFrom().isAfter(a.getTo()))) {
                    problems.add(new RuleViolation(p + "from", "competitions.offer.action.dates.outside"));
                }
            }
        }
    },
    /** III.5: at least one result, each with its name and target value. */
    RESULTS_GIVEN {
        @Override
        void check(OfferSubmission o, List<RuleViolation> problems) {
            List<OfferForm.ResultRow> results = o.form().getResults();
            if (results.stream().allMatch(OfferForm.ResultRow::isBlank)) {
                problems.add(new RuleViolation("results", "competitions.offer.results.required"));
            }
            for (int i = 0; i < results.size(); i++) {
                OfferForm.ResultRow r = results.get(i);
                if (!r.isBlank() && (OfferForm.blank(r.getName()) || OfferForm.blank(r.getTarget()))) {
                    problems
                        .add(new RuleViolation("results[" + i + "].target", "competitions.offer.result.incomplete"));
                }
            }
        }
    },
    SUMMARY_GIVEN {
        @Override
        void check(OfferSubmission o, List<RuleViolation> problems) {
            if (OfferForm.blank(o.form().getSummary())) {
                problems.add(new RuleViolation("summary", "competitions.offer.summary.required"));
            }
        }
    },
    /** V.A: at least one cost line. */
    COSTS_LISTED {
        @Override
        void check(OfferSubmission o, List<RuleViolation> problems) {
            if (o.costLines() == 0) {
                problems.add(new RuleViolation("costLines", "competitions.offer.costs.required"));
            }
        }
    },
    /** The grant asked for is not below the call's minimum. */
    GRANT_NOT_BELOW_CALL_MINIMUM {
        @Override
        void check(OfferSubmission o, List<RuleViolation> problems) {
            BigDecimal min = o.competition().getMinGrant();
            if (min != null && o.computed().grant().compareTo(min) < 0) {
                problems.add(new RuleViolation("requestedGrant", "competitions.offer.grant.belowMin",
                        new Formats().money(min)));
            }
        }
    },
    /** The grant asked for is not above the call's maximum. */
    GRANT_NOT_ABOVE_CALL_MAXIMUM {
        @Override
        void check(OfferSubmission o, List<RuleViolation> problems) {
            BigDecimal max = o.competition().getMaxGrant();
            if (max != null && o.computed().grant().compareTo(max) > 0) {
                problems.add(new RuleViolation("requestedGrant", "competitions.offer.grant.aboveMax",
                        new Formats().money(max)));
            }
        }
    },
    /** The grant asked for is not above the funds the call gives the task. */
    GRANT_NOT_ABOVE_TASK_FUNDS {
        @Override
        void check(OfferSubmission o, List<RuleViolation> problems) {
            if (o.task() != null && o.computed().grant().compareTo(o.task().getFunds()) > 0) {
                problems.add(new RuleViolation("requestedGrant", "competitions.offer.grant.aboveTaskFunds",
                        new Formats().money(o.task().getFunds())));
            }
        }
    },
    /**
     * V.B: the grant and the offeror's own sources together cover the total cost exactly.
     */
    SOURCES_COVER_COSTS {
        @Override
        void check(OfferSubmission o, List<RuleViolation> problems) {
            OfferRules.Computed m = o.computed();
            if (m.total().signum() > 0 && m.grant().add(m.ownTotal()).compareTo(m.total()) != 0) {
                problems.add(new RuleViolation("sources", "competitions.offer.sources.mismatch",
                        new Formats().money(m.total().subtract(m.grant()))));
            }
        }
    },
    /**
     * Supporting a task (wspieranie): the own contribution is at least the call's minimum
     * percentage of the cost.
     */
    OWN_CONTRIBUTION_AT_LEAST_CALL_MINIMUM {
        @Override
        void check(OfferSubmission o, List<RuleViolation> problems) {
            Competition c = o.competition();
            OfferRules.Computed m = o.computed();
            if (c.getMode() == CompetitionMode.SUPPORTING && c.getMinOwnContributionPct() != null
                    && shareBelow(m.ownTotal(), m.total(), c.getMinOwnContributionPct())) {
                problems.add(new RuleViolation("ownContribution", "competitions.offer.own.belowMin",
                        c.getMinOwnContributionPct()));
            }
        }
    },
    /**
     * Administrative costs are not above the call's cap (percentage of the total cost).
     */
    ADMINISTRATIVE_COSTS_WITHIN_CAP {
        @Override
        void check(OfferSubmission o, List<RuleViolation> problems) {
            BigDecimal cap = o.competition().getAdminCostCapPct();
            OfferRules.Computed m = o.computed();
            if (cap != null && shareAbove(m.administrative(), m.total(), cap)) {
                problems.add(new RuleViolation("administrativeCosts", "competitions.offer.admin.aboveCap", cap));
            }
        }
    },
    /** V.C: a joint offer splits the whole cost among its offerors. */
    JOINT_SPLIT_ADDS_UP {
        @Override
        void check(OfferSubmission o, List<RuleViolation> problems) {
            if (o.offerors() > 1 && o.splitSum().compareTo(o.computed().total()) != 0) {
                problems.add(new RuleViolation("split", "competitions.offer.split.mismatch"));
            }
        }
    },
    /** VII: the three statements (no profit, no arrears, true data) are made. */
    STATEMENTS_MADE {
        @Override
        void check(OfferSubmission o, List<RuleViolation> problems) {
            OfferForm f = o.form();
            if (!f.isStatementNoProfit() || !f.isStatementNoArrears() || !f.isStatementDataTrue()) {
                problems.add(new RuleViolation("statements", "competitions.offer.statements.required"));
            }
        }
    },
    /**
     * The budget updated after the decision (a lower grant was awarded than asked for)
     * asks for exactly the awarded grant.
     */
    GRANT_EQUALS_AWARD_ON_BUDGET_UPDATE {
        @Override
        void check(OfferSubmission o, List<RuleViolation> problems) {
            BigDecimal awarded = o.awardedGrant();
            if (awarded != null && o.computed().grant().compareTo(awarded) != 0) {
                problems.add(new RuleViolation("requestedGrant", "competitions.budget.grantMustEqualAward",
                        new Formats().money(awarded)));
            }
        }
    };

    /**
     * What the rules read: the offer as typed, its competition and chosen task (null if
     * none), the computed figures, the number of cost lines, the number of offerors, the
     * sum of the joint split and, for a budget updated after the decision, the awarded
     * grant (else null).
     */
    public record OfferSubmission(OfferForm form, Competition competition, CompetitionTask task,
            OfferRules.Computed computed, int costLines, int offerors, BigDecimal splitSum, BigDecimal awardedGrant) {
    }

    abstract void check(OfferSubmission offer, List<RuleViolation> problems);

    /**
     * The rules of the form itself, which hold for a small grant's simplified offer as
     * well (the others compare the offer with its competition).
     */
    private static final Set<OfferSubmissionRule> OF_THE_FORM = EnumSet.of(TITLE_GIVEN, ACTIONS_DESCRIBED,
            RESULTS_GIVEN, SUMMARY_GIVEN, COSTS_LISTED, SOURCES_COVER_COSTS, STATEMENTS_MADE);

    /**
     * The problems of a small grant's offer with the rules of the form (its competition
     * and task are null).
     */
    public static List<RuleViolation> checkForm(OfferSubmission offer) {
        List<RuleViolation> problems = new ArrayList<>();
        for (OfferSubmissionRule rule : OF_THE_FORM) {
            rule.check(offer, problems);
        }
        return problems;
    }

    /** Every rule's problems, in the order of the form. */
    public static List<RuleViolation> checkAll(OfferSubmission offer) {
        List<RuleViolation> problems = new ArrayList<>();
        for (OfferSubmissionRule rule : values()) {
            rule.check(offer, problems);
        }
        return problems;
    }

    /**
     * part / whole < percent / 100, exactly (9.999 % is below 10 %, although it prints as
     * 10,00 %).
     */
    static boolean shareBelow(BigDecimal part, BigDecimal whole, BigDecimal percent) {
        return part.multiply(HUNDRED).compareTo(percent.multiply(whole)) < 0;
    }

    /** part / whole > percent / 100, exactly. */
    static boolean shareAbove(BigDecimal part, BigDecimal whole, BigDecimal percent) {
        return part.multiply(HUNDRED).compareTo(percent.multiply(whole)) > 0;
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static String d(LocalDate date) {
        return DateTimeFormatter.ofPattern("dd.MM.yyyy").format(date);
    }

}
