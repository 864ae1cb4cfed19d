package pl.wspolnie.competitions.domain;

/**
 * An offer version was submitted (published in the submitting transaction, handled after
 * commit).
 */
public record OfferSubmitted(long offerId, int versionNumber, long submittedBy) {
}
