package pl.wspolnie.competitions.domain.offer;

/**
 * How an offer is made: in an open competition, or as a small grant outside any
 * competition (art. 19a of the Act).
 */
public enum OfferMode {

    COMPETITION, SMALL_GRANT

}
