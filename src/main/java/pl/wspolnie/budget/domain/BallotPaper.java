package pl.wspolnie.budget.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Collection;

/**
 * What a ballot offers: each pool of the edition with its submitted projects (their
 * latest versions), and the rules of the choice.
 */
public record BallotPaper(Edition edition, List<PoolOnBallot> pools) {

    /**
     * A pool with the projects a voter may choose in it, and the population of its area
     * (turnout).
     */
    public record PoolOnBallot(long id, String name, boolean wholeJst, BigDecimal amount, int population,
            List<Candidate> projects) {
    }

    /** A project on the ballot. */
    public record Candidate(long id, String title, BigDecimal cost) {
    }

    /** The pools with only the chosen projects, leaving out pools with none chosen. */
    public List<PoolOnBallot> chosen(Collection<Long> choices) {
        return pools.stream()
            .map(p -> new PoolOnBallot(p.id(), p.name(), p.wholeJst(), p.amount(), p.population(),
                    p.projects().stream().filter(c -> choices.contains(c.id())).toList()))
            .filter(p -> !p.projects().isEmpty())
            .toList();
    }

    /** The pool the project is on, if it is on the ballot. */
    public Optional<PoolOnBallot> poolOf(long projectId) {
        return pools.stream().filter(p -> p.projects().stream().anyMatch(c -> c.id() == projectId)).findFirst();
    }

    /** The project, if it is on the ballot. */
    public Optional<Candidate> candidate(long projectId) {
        return pools.stream().flatMap(p -> p.projects().stream()).filter(c -> c.id() == projectId).findFirst();
    }

}
