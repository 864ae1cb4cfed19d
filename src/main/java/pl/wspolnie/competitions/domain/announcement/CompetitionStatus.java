package pl.wspolnie.competitions.domain.announcement;

/**
 * Stored state of a competition; the public phase (open, under evaluation...) also
 * depends on the clock.
 */
public enum CompetitionStatus {

    DRAFT, PUBLISHED, ANNULLED

}
