package pl.wspolnie.competitions.domain.offer;

/**
 * An official called for corrections of an offer (published in the transaction, mailed
 * after commit).
 */
public record CorrectionsRequested(long offerId) {
}
