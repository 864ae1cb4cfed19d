package pl.wspolnie.budget.domain.implementation;

/**
 * What happened to a project's implementation that its followers are told of (after
 * commit).
 */
public final class ImplementationEvents {

    private ImplementationEvents() {
    }

    /** The status (and maybe the progress) or only the progress changed. */
    public record Changed(long projectId, Implementation.Change change) {
    }

    /** A milestone was added. */
    public record MilestoneAdded(long projectId, long milestoneId) {
    }

}
