package pl.wspolnie.competitions.domain.smallgrant;

/** A small grant's offer was judged purposeful and published for 7 days of remarks. */
public record SmallGrantPublished(long offerId) {
}
