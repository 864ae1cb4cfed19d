package pl.wspolnie.budget.domain;

import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.text.Formats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a project needs before it is submitted: the submission phase of its edition, every
 * part of the form filled in, a cost table of positive lines whose total does not exceed
 * the pool's amount.
 */
public final class ProjectSubmissionRule {

    private ProjectSubmissionRule() {
    }

    public static List<RuleViolation> check(ProjectDetails d, Pool pool, Edition edition, LocalDate today,
            Formats fmt) {
        List<RuleViolation> violations = new ArrayList<>();
        if (!edition.isOpenForSubmissionOn(today)) {
            violations.add(new RuleViolation(null, "budget.project.submissionClosed",
                    fmt.date(edition.getSubmissionFrom()), fmt.date(edition.getSubmissionTo())));
        }
        required(violations, "title", d.title());
        required(violations, "description", d.description());
        required(violations, "location", d.location());
        required(violations, "justification", d.justification());
        if (d.costLines().isEmpty()) {
            violations.add(new RuleViolation("costLines", "budget.project.noCosts"));
        }
        for (int i = 0; i < d.costLines().size(); i++) {
            CostLine line = d.costLines().get(i);
            if (line.amount().signum() <= 0) {
                violations.add(new RuleViolation("costLines[" + i + "].amount", "budget.project.costPositive"));
            }
        }
        BigDecimal total = CostLine.total(d.costLines());
        if (total.compareTo(pool.getAmount()) > 0) {
            violations.add(new RuleViolation("costLines", "budget.project.costAbovePool", fmt.money(total),
                    fmt.money(pool.getAmount()), pool.getName()));
        }
        return violations;
    }

    private static void required(List<RuleViolation> violations, String field, String value) {
        if (value == null || value.isBlank()) {
            violations.add(new RuleViolation(field, "budget.project.required"));
        }
    }

}
