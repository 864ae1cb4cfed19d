package pl.wspolnie.initiatives.domain;

/**
 * Where an application for a local initiative is: a draft of its applicants, submitted to
 * the JST, accepted (the agreement follows) or refused with reasons, and carried out.
 */
public enum InitiativeStatus {

    DRAFT, SUBMITTED, ACCEPTED, REFUSED, COMPLETED

}
