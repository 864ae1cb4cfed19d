package pl.wspolnie.budget.domain.implementation;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a chosen project's implementation stands. The allowed moves are in one place
 * ({@link #mayMoveTo}): forward, to "not implemented" while it is not completed, and one
 * step back to correct a mistake or resume a stopped project.
 */
public enum ImplementationStatus {

    /** Chosen in the vote, nothing started yet. */
    PLANNED,
    /** Design, permits or a tender (przygotowanie / przetarg). */
    PREPARATION,
    /** Works or purchases under way. */
    IN_PROGRESS,
    /** Done (progress 100%). */
    COMPLETED,
    /** Will not be implemented: the reason is required and public. */
    NOT_IMPLEMENTED;

    /** The statuses this one may be changed to (itself always allowed: no change). */
    public Set<ImplementationStatus> next() {
        return switch (this) {
            case PLANNED -> EnumSet.of(PREPARATION, IN_PROGRESS, NOT_IMPLEMENTED);
            case PREPARATION -> EnumSet.of(PLANNED, IN_PROGRESS, NOT_IMPLEMENTED);
            case IN_PROGRESS -> EnumSet.of(PREPARATION, COMPLETED, NOT_IMPLEMENTED);
            case COMPLETED -> EnumSet.of(IN_PROGRESS);
            case NOT_IMPLEMENTED -> EnumSet.of(PLANNED);
        };
    }

    public boolean mayMoveTo(ImplementationStatus target) {
        return target == this || next().contains(target);
    }

}
