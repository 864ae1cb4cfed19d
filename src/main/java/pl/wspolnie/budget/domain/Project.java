package pl.wspolnie.budget.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Table;
import pl.wspolnie.shared.cache.CacheConfiguration;
import pl.wspolnie.shared.cache.EvictsCache;
import pl.wspolnie.shared.domain.RuleViolation;

import java.time.Instant;
import java.util.List;

/**
 * A resident's project: the working copy the author edits (a draft kept on the server,
 * never shown to others) and the count of its submitted versions, which are immutable
 * ({@link ProjectVersion}).
 */
@Entity
@EntityListeners(EvictsCache.Listener.class)
@EvictsCache(CacheConfiguration.BUDGET_BALLOT)
@Table(name = "budget_project")
public class Project extends EditionRecord {

    @Column(name = "pool_id", nullable = false)
    private Long poolId;

    @Column(name = "author_id", nullable = false, updatable = false)
    private Long authorId;

    private String title;

    private String description;

    private String location;

    private String justification;

    @Column(name = "cost_lines")
    private String costLines;

    @Column(name = "submitted_versions")
    private int submittedVersions;

    @Column(name = "changed_since_submission")
    private boolean changedSinceSubmission = true;

    @Column(name = "paper_supports")
    private int paperSupports;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Project() {
    }

    Project(Edition edition, long authorId, Instant now) {
        super(edition.getJstId(), edition.getId());
        this.authorId = authorId;
        this.createdAt = now;
    }

    /** Keeps the author's changes in the working copy (nothing is published). */
    void edit(ProjectDetails d, Instant now) {
        boolean same = title != null && d.poolId() == poolId && text(d.title()).equals(title)
                && text(d.description()).equals(description) && text(d.location()).equals(location)
                && text(d.justification()).equals(justification) && CostLine.encode(d.costLines()).equals(costLines);
        this.poolId = d.poolId();
        this.title = text(d.title());
        this.description = text(d.description());
        this.location = text(d.location());
        this.justification = text(d.justification());
        this.costLines = CostLine.encode(d.costLines());
        this.changedSinceSubmission = changedSinceSubmission || !same;
        this.updatedAt = now;
    }

    /**
     * The next submitted version of the working copy; refuses a copy unchanged since the
     * last submission.
     */
    ProjectVersion submit(Instant now) {
        if (!changedSinceSubmission) {
            throw new RuleViolation(null, "budget.project.unchanged");
        }
        submittedVersions++;
        changedSinceSubmission = false;
        updatedAt = now;
        return new ProjectVersion(this, submittedVersions, now);
    }

    void recordPaperSupports(int count) {
        if (count < 0) {
            throw new RuleViolation("count", "budget.support.paperNegative");
        }
        this.paperSupports = count;
    }

    public boolean isSubmitted() {
        return submittedVersions > 0;
    }

    public ProjectDetails details() {
        return new ProjectDetails(poolId, title, description, location, justification, costLines());
    }

    public List<CostLine> costLines() {
        return CostLine.decode(costLines);
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }

    public Long getPoolId() {
        return poolId;
    }

    public long getAuthorId() {
        return authorId;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getLocation() {
        return location;
    }

    public String getJustification() {
        return justification;
    }

    public int getSubmittedVersions() {
        return submittedVersions;
    }

    public boolean isChangedSinceSubmission() {
        return changedSinceSubmission;
    }

    public int getPaperSupports() {
        return paperSupports;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

}
