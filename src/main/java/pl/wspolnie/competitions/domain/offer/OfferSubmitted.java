package pl.wspolnie.competitions.domain.offer;

/**
 * An offer version was submitted (published in the submitting transaction, handled after
 * commit).
 */
public record OfferSubmitted(long offerId, int versionNumber, long submittedBy) {
}
