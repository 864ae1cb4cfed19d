package pl.wspolnie.budget.domain.review;

/**
 * Where a submitted project stands after the review, the appeals and the conflicts
 * (computed by the database view {@code budget_project_standing}: a negative result ends
 * the project's way unless an appeal against it was upheld; a project in an open conflict
 * waits for the decision). Only {@link #ON_BALLOT} projects are on the ballot.
 */
public enum Standing {

    FORMAL_PENDING, FORMAL_NEGATIVE, MERIT_PENDING, MERIT_NEGATIVE, CONFLICT_OPEN, CONFLICT_LEFT_OUT, ON_BALLOT;

    /** True while a result is still to be given (a review or a conflict's decision). */
    public boolean pending() {
        return this == FORMAL_PENDING || this == MERIT_PENDING || this == CONFLICT_OPEN;
    }

}
