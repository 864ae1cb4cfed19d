package pl.wspolnie.budget.web;

import lombok.Getter;
import lombok.Setter;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.validation.BindingResult;
import pl.wspolnie.budget.domain.Amounts;
import pl.wspolnie.budget.domain.CostLine;
import pl.wspolnie.budget.domain.Project;
import pl.wspolnie.budget.domain.ProjectDetails;
import pl.wspolnie.shared.domain.RuleViolation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The project form: pool (area), title, description, location, justification and the cost
 * table (item and amount per line; the total is computed). Empty lines are ignored; at
 * least {@link #EMPTY_LINES} empty lines are offered for new costs.
 */
@Getter
@Setter
public class ProjectForm {

    static final int EMPTY_LINES = 3;

    static final int MAX_LINES = 40;

    /** One line of the cost table as typed. */
    @Getter
    @Setter
    public static class Line {

        @Size(max = 300, message = "{budget.field.tooLong}")
        private String item = "";

        private String amount = "";

        public Line() {
        }

        Line(String item, String amount) {
            this.item = item;
            this.amount = amount;
        }

        boolean isEmpty() {
            return (item == null || item.isBlank()) && (amount == null || amount.isBlank());
        }

    }

    @NotNull
    private Long poolId;

    @Size(max = 200, message = "{budget.field.tooLong}")
    private String title = "";

    @Size(max = 8000, message = "{budget.field.tooLong}")
    private String description = "";

    @Size(max = 500, message = "{budget.field.tooLong}")
    private String location = "";

    @Size(max = 4000, message = "{budget.field.tooLong}")
    private String justification = "";

    @Size(max = MAX_LINES)
    private List<@Valid Line> costLines = new ArrayList<>();

    static ProjectForm of(Project p) {
        ProjectForm f = new ProjectForm();
        f.poolId = p.getPoolId();
        f.title = p.getTitle();
        f.description = p.getDescription();
        f.location = p.getLocation();
        f.justification = p.getJustification();
        for (CostLine l : p.costLines()) {
            f.costLines.add(new Line(l.item(), Amounts.plain(l.amount())));
        }
        return f.withEmptyLines();
    }

    ProjectForm withEmptyLines() {
        if (costLines == null) {
            costLines = new ArrayList<>();
        }
        long empty = costLines.stream().filter(Line::isEmpty).count();
        for (long i = empty; i < EMPTY_LINES && costLines.size() < MAX_LINES; i++) {
            costLines.add(new Line());
        }
        return this;
    }

    /**
     * The details, or null after adding field errors for amounts that are not amounts or
     * lines with an amount but no item.
     */
    ProjectDetails details(BindingResult result) {
        List<CostLine> lines = new ArrayList<>();
        for (int i = 0; i < costLines.size(); i++) {
            Line line = costLines.get(i);
            if (line == null || line.isEmpty()) {
                continue;
            }
            try {
                BigDecimal amount = Amounts.parse(line.amount, "costLines[" + i + "].amount");
                if (amount == null) {
                    result.rejectValue("costLines[" + i + "].amount", "budget.project.costMissing");
                    continue;
                }
                if (line.item == null || line.item.isBlank()) {
                    result.rejectValue("costLines[" + i + "].item", "budget.project.itemMissing");
                    continue;
                }
                lines.add(new CostLine(line.item.strip(), amount));
            }
            catch (RuleViolation e) {
                e.addTo(result);
            }
        }
        if (result.hasErrors()) {
            return null;
        }
        return new ProjectDetails(poolId, title, description, location, justification, lines);
    }

    /** The total of the lines typed correctly so far (shown under the table). */
    public BigDecimal getTotal() {
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (Line line : costLines) {
            try {
                BigDecimal amount = line == null ? null : Amounts.parse(line.amount, "amount");
                if (amount != null) {
                    total = total.add(amount);
                }
            }
            catch (RuleViolation e) {
                // not an amount: left out of the running total, shown at its field
            }
        }
        return total;
    }

    public List<Line> getCostLines() {
        return costLines;
    }

    public void setCostLines(List<Line> costLines) {
        this.costLines = costLines;
    }

}
