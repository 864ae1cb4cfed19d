package pl.wspolnie.competitions.domain.offer;

import pl.wspolnie.shared.domain.RuleViolation;

import java.util.List;

/**
 * What each line of an offer's cost table (V.A of the 2018 offer form) must meet: one
 * named rule each, with the field it points at and its message. Some hold for a draft too
 * (what cannot be true of any offer); the others only for a submission. A rule never
 * changes its input. {@link OfferCostTable} asks them for every non-blank line.
 */
public enum CostLineRule {

    /**
     * For a task of more than one calendar year: the line's year is one of the task's
     * (and the call's) years.
     */
    YEAR_OF_THE_TASK(true) {
        @Override
        void check(OfferCostTable.Line l, List<RuleViolation> problems) {
            if (!l.yearInsideTask()) {
                problems.add(new RuleViolation(l.field("year"), "competitions.offer.cost.year.outside",
                        String.valueOf(l.taskFromYear()), String.valueOf(l.taskToYear())));
            }
        }
    },
    /** The kind of cost is named. */
    TYPE_GIVEN(false) {
        @Override
        void check(OfferCostTable.Line l, List<RuleViolation> problems) {
            if (OfferForm.blank(l.row().getType())) {
                problems.add(new RuleViolation(l.field("type"), "competitions.offer.cost.type.required"));
            }
        }
    },
    /** The unit cost is given (an unreadable one is already reported as such). */
    UNIT_COST_GIVEN(false) {
        @Override
        void check(OfferCostTable.Line l, List<RuleViolation> problems) {
            if (l.unitCost() == null && OfferForm.blank(l.row().getUnitCost())) {
                problems.add(new RuleViolation(l.field("unitCost"), "competitions.offer.cost.unitCost.required"));
            }
        }
    },
    /** The number of units is given (an unreadable one is already reported as such). */
    UNITS_GIVEN(false) {
        @Override
        void check(OfferCostTable.Line l, List<RuleViolation> problems) {
            if (l.units() == null && OfferForm.blank(l.row().getUnits())) {
                problems.add(new RuleViolation(l.field("units"), "competitions.offer.cost.units.required"));
            }
        }
    },
    /** The grant asked for a line is not more than the line's cost. */
    GRANT_NOT_ABOVE_LINE(true) {
        @Override
        void check(OfferCostTable.Line l, List<RuleViolation> problems) {
            if (l.total() != null && l.fromGrant() != null && l.fromGrant().compareTo(l.total()) > 0) {
                problems.add(new RuleViolation(l.field("fromGrant"), "competitions.offer.cost.grantAboveLine"));
            }
        }
    };

    private final boolean onDraft;

    CostLineRule(boolean onDraft) {
        this.onDraft = onDraft;
    }

    /** True when the rule holds for a draft too, false when only for a submission. */
    boolean onDraft() {
        return onDraft;
    }

    abstract void check(OfferCostTable.Line line, List<RuleViolation> problems);

}
