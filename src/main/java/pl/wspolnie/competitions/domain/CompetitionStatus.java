package pl.wspolnie.competitions.domain;

/**
 * Stored state of a competition; the public phase (open, under evaluation...) also
 * depends on the clock.
 */
public enum CompetitionStatus {

    DRAFT, PUBLISHED, ANNULLED

}
