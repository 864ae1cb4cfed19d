package pl.wspolnie.competitions.domain.smallgrant;

/** Somebody sent a remark on a published small grant's offer. */
public record SmallGrantRemarked(long offerId, long remarkId) {
}
