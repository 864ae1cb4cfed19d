package pl.wspolnie.competitions.domain.smallgrant;

/** A small grant's offer was submitted: the JST's officials are told. */
public record SmallGrantSubmitted(long offerId) {
}
