package pl.wspolnie.budget.domain;

/**
 * What happened in the participatory budget that somebody is told about (after commit).
 */
public final class BudgetEvents {

    private BudgetEvents() {
    }

    /** A project's version was submitted. */
    public record ProjectSubmitted(long projectId, int version) {
    }

    /** A project's supports (online + paper) reached the pool's requirement. */
    public record SupportReached(long projectId) {
    }

    /** The edition's voting phase has begun (published once, by the daily job). */
    public record VotingOpened(long editionId) {
    }

}
