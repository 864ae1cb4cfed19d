package pl.wspolnie.governance.domain;

/**
 * What happens when candidates tie for the last seat (a setting of the agreement): the
 * one nominated earlier takes it, or none of the tied is elected and the seat stays
 * vacant for a new election.
 */
public enum TieRule {

    EARLIER_NOMINATION, NO_ELECTION

}
