package pl.wspolnie.budget.domain.review;

/** What happened in the review of projects that somebody is told about (after commit). */
public final class ReviewEvents {

    private ReviewEvents() {
    }

    /** A formal or merit result was given. */
    public record ResultGiven(long reviewId) {
    }

    /** An author appealed against a negative result. */
    public record AppealFiled(long appealId) {
    }

    /** An appeal was decided. */
    public record AppealDecided(long appealId) {
    }

    /** A conflict between projects was decided. */
    public record ConflictDecided(long conflictId) {
    }

}
