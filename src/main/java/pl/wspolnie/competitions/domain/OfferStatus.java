package pl.wspolnie.competitions.domain;

public enum OfferStatus {
    DRAFT, SUBMITTED, WITHDRAWN,
    /** A call for corrections unlocked some sections until the correction deadline. */
    CORRECTION
}
