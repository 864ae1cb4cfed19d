package pl.wspolnie.initiatives.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import pl.wspolnie.shared.domain.JstRecord;
import pl.wspolnie.shared.domain.RuleViolation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The official's score sheet of an application: points per criterion of the council's
 * resolution, each within its maximum, and the weighted total out of 100 (art. 19c).
 */
@Entity
@Table(name = "initiative_score")
public class ScoreSheet extends JstRecord {

    @Column(name = "initiative_id", nullable = false, updatable = false)
    private Long initiativeId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "initiative_score_line", joinColumns = @JoinColumn(name = "score_id"))
    @OrderColumn(name = "position")
    private List<ScoreLine> lines = new ArrayList<>();

    @Column(name = "weighted_total")
    private BigDecimal weightedTotal;

    @Column(name = "scored_by")
    private Long scoredBy;

    @Column(name = "scored_at")
    private Instant scoredAt;

    @Version
    private long version;

    protected ScoreSheet() {
    }

    ScoreSheet(Initiative initiative) {
        super(initiative.getJstId());
        this.initiativeId = initiative.getId();
    }

    /**
     * The points typed for each criterion (null where nothing was typed), each within the
     * criterion's maximum, or every refusal at its field ({@code points[i]}).
     */
    static List<ScoreLine> lines(List<Criterion> criteria, List<Integer> points) {
        List<RuleViolation> violations = new ArrayList<>();
        List<ScoreLine> lines = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            Integer p = i < points.size() ? points.get(i) : null;
            if (p == null) {
                violations.add(new RuleViolation("points[" + i + "]", "initiatives.required"));
            }
            else if (p < 0 || p > c.maxPoints()) {
                violations.add(new RuleViolation("points[" + i + "]", "initiatives.score.range", c.maxPoints()));
            }
            else {
                lines.add(new ScoreLine(c.name(), c.weight(), c.maxPoints(), p));
            }
        }
        RuleViolation.throwIfAny(violations);
        return lines;
    }

    void record(List<ScoreLine> scored, long officialId, Instant now) {
        this.lines.clear();
        this.lines.addAll(scored);
        this.weightedTotal = scored.stream().map(ScoreLine::weighted).reduce(BigDecimal.ZERO, BigDecimal::add);
        this.scoredBy = officialId;
        this.scoredAt = now;
    }

    public Long getInitiativeId() {
        return initiativeId;
    }

    public List<ScoreLine> getLines() {
        return List.copyOf(lines);
    }

    public BigDecimal getWeightedTotal() {
        return weightedTotal;
    }

    public Instant getScoredAt() {
        return scoredAt;
    }

}
