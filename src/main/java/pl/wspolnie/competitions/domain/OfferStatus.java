package pl.wspolnie.competitions.domain;

public enum OfferStatus {
    DRAFT, SUBMITTED, WITHDRAWN
}
