package pl.wspolnie.budget.domain.implementation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import pl.wspolnie.shared.domain.JstRecord;
import pl.wspolnie.shared.domain.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A milestone of a project's implementation (e.g. "Przetarg rozstrzygnięty"): its planned
 * date, the date it was done, a description and up to {@link Implementations#MAX_PHOTOS}
 * photos.
 */
@Entity
@Table(name = "budget_milestone")
public class Milestone extends JstRecord {

    @Column(name = "project_id", nullable = false, updatable = false)
    private Long projectId;

    private String title;

    @Column(name = "planned_on")
    private LocalDate plannedOn;

    @Column(name = "done_on")
    private LocalDate doneOn;

    private String description;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Milestone() {
    }

    Milestone(long jstId, long projectId, Instant now) {
        super(jstId);
        this.projectId = projectId;
        this.createdAt = now;
    }

    /** The rules of a milestone, each at its field. */
    static List<RuleViolation> check(MilestoneDetails d, LocalDate today) {
        List<RuleViolation> violations = new ArrayList<>();
        if (d.title() == null || d.title().isBlank()) {
            violations.add(new RuleViolation("title", "budget.project.required"));
        }
        else if (d.title().strip().length() > 200) {
            violations.add(new RuleViolation("title", "budget.field.tooLong"));
        }
        if (d.plannedOn() == null) {
            violations.add(new RuleViolation("plannedOn", "budget.project.required"));
        }
        if (d.doneOn() != null && d.doneOn().isAfter(today)) {
            violations.add(new RuleViolation("doneOn", "budget.milestone.doneInFuture"));
        }
        if (d.description() != null && d.description().strip().length() > 4000) {
            violations.add(new RuleViolation("description", "budget.field.tooLong"));
        }
        return violations;
    }

    void apply(MilestoneDetails d, LocalDate today) {
        RuleViolation.throwIfAny(check(d, today));
        this.title = d.title().strip();
        this.plannedOn = d.plannedOn();
        this.doneOn = d.doneOn();
        this.description = d.description() == null ? "" : d.description().strip();
    }

    public MilestoneDetails details() {
        return new MilestoneDetails(title, plannedOn, doneOn, description);
    }

    public Long getProjectId() {
        return projectId;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getPlannedOn() {
        return plannedOn;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public String getDescription() {
        return description;
    }

    public boolean isDone() {
        return doneOn != null;
    }

}
