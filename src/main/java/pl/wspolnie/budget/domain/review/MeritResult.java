package pl.wspolnie.budget.domain.review;

import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.text.Formats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A merit review's result: whether the project can be carried out and is lawful, the unit
 * that would carry it out, the cost as that unit estimates it, and a written
 * justification; positive or negative.
 *
 * @param positive null when not chosen
 * @param correctedCost null when not given (the form refuses text that is not an amount)
 */
public record MeritResult(Boolean positive, boolean feasible, boolean lawful, String responsibleUnit,
        BigDecimal correctedCost, String justification) {

    /**
     * What refuses this result, each at its field: every field is required; a positive
     * result needs a feasible and lawful project whose corrected cost fits the pool.
     */
    public List<RuleViolation> violations(BigDecimal poolAmount, String poolName, Formats fmt) {
        List<RuleViolation> v = new ArrayList<>();
        if (positive == null) {
            v.add(new RuleViolation("positive", "budget.review.outcomeMissing"));
        }
        if (FormalResult.blank(responsibleUnit)) {
            v.add(new RuleViolation("responsibleUnit", "budget.review.unitRequired"));
        }
        FormalResult.tooLong(v, "responsibleUnit", responsibleUnit, 300);
        if (correctedCost == null) {
            v.add(new RuleViolation("correctedCost", "budget.review.costRequired"));
        }
        if (FormalResult.blank(justification)) {
            v.add(new RuleViolation("justification", "budget.review.justificationRequired"));
        }
        FormalResult.tooLong(v, "justification", justification, FormalResult.MAX_TEXT);
        if (Boolean.TRUE.equals(positive)) {
            if (!feasible) {
                v.add(new RuleViolation("feasible", "budget.review.positiveNotFeasible"));
            }
            if (!lawful) {
                v.add(new RuleViolation("lawful", "budget.review.positiveNotLawful"));
            }
            if (correctedCost != null && correctedCost.compareTo(poolAmount) > 0) {
                v.add(new RuleViolation("correctedCost", "budget.review.costAbovePool", fmt.money(correctedCost),
                        fmt.money(poolAmount), poolName));
            }
        }
        return v;
    }

}
