package pl.wspolnie.governance.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import pl.wspolnie.shared.domain.RuleViolation;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * An action of the agreement under one of its goals (by its position in the agreement's
 * list of goals), the parties responsible for it, and its status in each year.
 */
@Entity
@Table(name = "governance_action")
public class AgreementAction extends AgreementRecord {

    private int goal;

    private String title;

    @Column(name = "created_by", updatable = false)
    private Long createdBy;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "governance_action_party", joinColumns = @JoinColumn(name = "action_id"))
    @Column(name = "party_id")
    private Set<Long> partyIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "governance_action_year", joinColumns = @JoinColumn(name = "action_id"))
    @MapKeyColumn(name = "year")
    private Map<Integer, ActionYear> years = new TreeMap<>();

    protected AgreementAction() {
    }

    AgreementAction(Agreement agreement, int goal, String title, Set<Long> partyIds, long createdBy, Instant at) {
        super(agreement.getId());
        if (goal < 0 || goal >= agreement.goalList().size()) {
            throw new RuleViolation("goal", "governance.action.unknownGoal");
        }
        if (partyIds.isEmpty()) {
            throw new RuleViolation("partyIds", "governance.action.noParty");
        }
        this.goal = goal;
        this.title = title;
        this.partyIds.addAll(partyIds);
        this.createdBy = createdBy;
        this.createdAt = at;
    }

    /** Records the action's status in the year (replacing the one recorded before). */
    void record(int year, ActionYear.Status status, String note) {
        if (year < 2000 || year > 2100) {
            throw new RuleViolation("year", "governance.action.yearInvalid");
        }
        if (status == null) {
            throw new RuleViolation("status", "governance.field.required");
        }
        years.put(year, new ActionYear(status, note == null || note.isBlank() ? null : note.strip()));
    }

    public int getGoal() {
        return goal;
    }

    public String getTitle() {
        return title;
    }

    public Set<Long> getPartyIds() {
        return partyIds;
    }

    public Map<Integer, ActionYear> getYears() {
        return years;
    }

}
