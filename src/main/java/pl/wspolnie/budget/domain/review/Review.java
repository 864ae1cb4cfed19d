package pl.wspolnie.budget.domain.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import pl.wspolnie.budget.domain.ProjectRecord;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The result of one review (formal or merit) of a project's submitted version, given once
 * by an official and public with its justification. A negative result ends the project's
 * way unless an appeal against it is upheld ({@link Appeal}).
 */
@Entity
@Table(name = "budget_review")
public class Review extends ProjectRecord {

    @Column(name = "project_version", nullable = false, updatable = false)
    private int projectVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ReviewStage stage;

    @Column(nullable = false, updatable = false)
    private boolean positive;

    @Column(nullable = false, updatable = false)
    private String justification;

    @Column(updatable = false)
    private Boolean feasible;

    @Column(updatable = false)
    private Boolean lawful;

    @Column(name = "responsible_unit", updatable = false)
    private String responsibleUnit;

    @Column(name = "corrected_cost", updatable = false)
    private BigDecimal correctedCost;

    @Column(name = "reviewer_id", updatable = false)
    private Long reviewerId;

    @Column(name = "reviewed_at", nullable = false, updatable = false)
    private Instant reviewedAt;

    protected Review() {
    }

    private Review(ReviewedProject project, ReviewStage stage, boolean positive, String justification, Long reviewerId,
            Instant now) {
        super(project.jstId(), project.editionId(), project.id());
        this.projectVersion = project.version();
        this.stage = stage;
        this.positive = positive;
        this.justification = justification == null ? "" : justification.strip();
        this.reviewerId = reviewerId;
        this.reviewedAt = now;
    }

    static Review formal(ReviewedProject project, FormalResult result, Long reviewerId, Instant now) {
        return new Review(project, ReviewStage.FORMAL, result.positive(), result.justification(), reviewerId, now);
    }

    static Review merit(ReviewedProject project, MeritResult result, Long reviewerId, Instant now) {
        Review review = new Review(project, ReviewStage.MERIT, result.positive(), result.justification(), reviewerId,
                now);
        review.feasible = result.feasible();
        review.lawful = result.lawful();
        review.responsibleUnit = result.responsibleUnit().strip();
        review.correctedCost = result.correctedCost();
        return review;
    }

    /**
     * True when the person gave this result (they may not decide an appeal against it).
     */
    public boolean givenBy(long userId) {
        return reviewerId != null && reviewerId == userId;
    }

    public int getProjectVersion() {
        return projectVersion;
    }

    public ReviewStage getStage() {
        return stage;
    }

    public boolean isPositive() {
        return positive;
    }

    public String getJustification() {
        return justification;
    }

    public Boolean getFeasible() {
        return feasible;
    }

    public Boolean getLawful() {
        return lawful;
    }

    public String getResponsibleUnit() {
        return responsibleUnit;
    }

    public BigDecimal getCorrectedCost() {
        return correctedCost;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

}
