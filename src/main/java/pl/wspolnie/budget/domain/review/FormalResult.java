package pl.wspolnie.budget.domain.review;

import pl.wspolnie.shared.domain.RuleViolation;

import java.util.ArrayList;
import java.util.List;

/**
 * A formal review's result as the official gives it: positive or negative, with a written
 * justification (required when negative).
 *
 * @param positive null when not chosen
 */
public record FormalResult(Boolean positive, String justification) {

    static final int MAX_TEXT = 4000;

    /** What refuses this result, each at its field. */
    public List<RuleViolation> violations() {
        List<RuleViolation> v = new ArrayList<>();
        if (positive == null) {
            v.add(new RuleViolation("positive", "budget.review.outcomeMissing"));
        }
        if (Boolean.FALSE.equals(positive) && blank(justification)) {
            v.add(new RuleViolation("justification", "budget.review.justificationRequired"));
        }
        tooLong(v, "justification", justification, MAX_TEXT);
        return v;
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static void tooLong(List<RuleViolation> v, String field, String text, int max) {
        if (text != null && text.strip().length() > max) {
            v.add(new RuleViolation(field, "budget.review.tooLong", String.valueOf(max)));
        }
    }

}
