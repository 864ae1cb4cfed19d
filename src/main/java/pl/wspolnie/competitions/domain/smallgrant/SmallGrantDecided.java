package pl.wspolnie.competitions.domain.smallgrant;

/**
 * The official decided on a small grant (awarded or refused), or judged it not
 * purposeful.
 */
public record SmallGrantDecided(long offerId) {
}
