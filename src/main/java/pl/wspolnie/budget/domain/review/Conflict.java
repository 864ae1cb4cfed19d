package pl.wspolnie.budget.domain.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import pl.wspolnie.budget.domain.EditionRecord;
import pl.wspolnie.shared.domain.StateConflict;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Two or more projects an official marked as conflicting (the same place, the same
 * purpose), with a note. While it is open its projects wait off the ballot; a person
 * decides once which of them go on (one or more), with reasons.
 */
@Entity
@Table(name = "budget_conflict")
public class Conflict extends EditionRecord {

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "project_ids", nullable = false, updatable = false, columnDefinition = "bigint[]")
    private List<Long> projectIds;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "going_on", columnDefinition = "bigint[]")
    private List<Long> goingOn;

    @Column(nullable = false, updatable = false)
    private String note;

    @Column(name = "flagged_by", nullable = false, updatable = false)
    private Long flaggedBy;

    @Column(name = "flagged_at", nullable = false, updatable = false)
    private Instant flaggedAt;

    @Column(name = "decision_reasons")
    private String decisionReasons;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected Conflict() {
    }

    Conflict(long jstId, long editionId, List<Long> projectIds, String note, long by, Instant now) {
        super(jstId, editionId);
        this.projectIds = new ArrayList<>(projectIds.stream().sorted().toList());
        this.note = note.strip();
        this.flaggedBy = by;
        this.flaggedAt = now;
    }

    /** Records which projects go on, once. */
    void decide(List<Long> going, String reasons, long by, Instant now) {
        if (isDecided()) {
            throw new StateConflict("budget.conflict.alreadyDecided", "conflict " + getId());
        }
        this.goingOn = new ArrayList<>(going.stream().sorted().toList());
        this.decisionReasons = reasons.strip();
        this.decidedBy = by;
        this.decidedAt = now;
    }

    public boolean isDecided() {
        return decidedAt != null;
    }

    /** True when the person decided the conflict. */
    public boolean decidedBy(long userId) {
        return decidedBy != null && decidedBy == userId;
    }

    public boolean goesOn(long projectId) {
        return goingOn != null && goingOn.contains(projectId);
    }

    public List<Long> getProjectIds() {
        return List.copyOf(projectIds);
    }

    public String getNote() {
        return note;
    }

    public Instant getFlaggedAt() {
        return flaggedAt;
    }

    public String getDecisionReasons() {
        return decisionReasons;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

}
