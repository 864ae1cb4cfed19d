package pl.wspolnie.competitions.domain.review;

/**
 * After the offer deadline every submitted offer of the competition got its formal result
 * and at least one is correct: the commission may score (mailed after the commit).
 */
public record OffersReadyForScoring(long competitionId) {
}
