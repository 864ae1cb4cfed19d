package pl.wspolnie.budget.domain.implementation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import pl.wspolnie.budget.domain.ProjectRecord;
import pl.wspolnie.shared.domain.RuleViolation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The implementation of one chosen project: status, progress, actual cost, the unit
 * responsible, and the reason when it is not implemented. Refuses an illegal change
 * itself ({@link #apply}).
 */
@Entity
@Table(name = "budget_implementation")
public class Implementation extends ProjectRecord {

    /** What a change touched, for the followers' mail. */
    public enum Change {

        STATUS, PROGRESS, OTHER

    }

    @Enumerated(EnumType.STRING)
    private ImplementationStatus status = ImplementationStatus.PLANNED;

    private int progress;

    @Column(name = "actual_cost")
    private BigDecimal actualCost;

    @Column(name = "responsible_unit")
    private String responsibleUnit;

    private String reason;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Implementation() {
    }

    Implementation(long jstId, long editionId, long projectId, Instant now) {
        super(jstId, editionId, projectId);
        this.updatedAt = now;
    }

    /** The rules of an entry, each at its field (empty when it may be saved). */
    static List<RuleViolation> check(ImplementationStatus from, ImplementationDetails d) {
        List<RuleViolation> violations = new ArrayList<>();
        if (d.status() == null) {
            violations.add(new RuleViolation("status", "budget.implementation.statusRequired"));
            return violations;
        }
        if (!from.mayMoveTo(d.status())) {
            violations.add(new RuleViolation("status", "budget.implementation.transition",
                    new DefaultMessageSourceResolvable("budget.implementation.status." + from),
                    new DefaultMessageSourceResolvable("budget.implementation.status." + d.status())));
        }
        if (d.progress() < 0 || d.progress() > 100) {
            violations.add(new RuleViolation("progress", "budget.implementation.progressRange"));
        }
        else if (d.status() == ImplementationStatus.COMPLETED && d.progress() != 100) {
            violations.add(new RuleViolation("progress", "budget.implementation.completedAt100"));
        }
        if (d.status() == ImplementationStatus.NOT_IMPLEMENTED && blank(d.reason())) {
            violations.add(new RuleViolation("reason", "budget.implementation.reasonRequired"));
        }
        if (d.actualCost() != null && d.actualCost().signum() < 0) {
            violations.add(new RuleViolation("actualCost", "budget.money.negative"));
        }
        if (d.responsibleUnit() != null && d.responsibleUnit().strip().length() > 300) {
            violations.add(new RuleViolation("responsibleUnit", "budget.field.tooLong"));
        }
        if (d.reason() != null && d.reason().strip().length() > 2000) {
            violations.add(new RuleViolation("reason", "budget.field.tooLong"));
        }
        return violations;
    }

    /** Applies a checked entry and says what changed that the followers are told of. */
    List<Change> apply(ImplementationDetails d, Instant now) {
        RuleViolation.throwIfAny(check(status, d));
        List<Change> changes = new ArrayList<>();
        if (d.status() != status) {
            changes.add(Change.STATUS);
        }
        if (d.progress() != progress) {
            changes.add(Change.PROGRESS);
        }
        String unit = blank(d.responsibleUnit()) ? null : d.responsibleUnit().strip();
        String why = d.status() == ImplementationStatus.NOT_IMPLEMENTED ? d.reason().strip() : null;
        BigDecimal cost = d.actualCost() == null ? null : d.actualCost().setScale(2);
        boolean other = !same(unit, responsibleUnit) || !same(why, reason)
                || (cost == null ? actualCost != null : actualCost == null || cost.compareTo(actualCost) != 0);
        if (changes.isEmpty() && other) {
            changes.add(Change.OTHER);
        }
        this.status = d.status();
        this.progress = d.progress();
        this.actualCost = cost;
        this.responsibleUnit = unit;
        this.reason = why;
        if (!changes.isEmpty()) {
            this.updatedAt = now;
        }
        return changes;
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public ImplementationStatus getStatus() {
        return status;
    }

    public int getProgress() {
        return progress;
    }

    public BigDecimal getActualCost() {
        return actualCost;
    }

    public String getResponsibleUnit() {
        return responsibleUnit;
    }

    public String getReason() {
        return reason;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

}
