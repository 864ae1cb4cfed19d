package pl.wspolnie.competitions.domain.smallgrant;

/**
 * Where a submitted small-grant offer stands: waiting for the official's judgement of its
 * purposefulness, judged not purposeful, published for remarks, or decided.
 */
public enum SmallGrantStatus {

    SUBMITTED, NOT_PURPOSEFUL, PUBLISHED, AWARDED, REFUSED

}
