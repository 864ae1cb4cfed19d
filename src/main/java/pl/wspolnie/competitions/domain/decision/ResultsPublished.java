package pl.wspolnie.competitions.domain.decision;

/**
 * The executive's decision was recorded and published (mailed to the offerors after the
 * commit).
 */
public record ResultsPublished(long competitionId) {
}
