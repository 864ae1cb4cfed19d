package pl.wspolnie.shared.figures;

/**
 * Implemented by the competitions module (small grants, art. 19a); read by the annual
 * programme report next to {@link CompetitionFiguresSource}. The report works without it
 * (no bean): the small grants then show as "not recorded in the platform". Inject it as
 * {@code ObjectProvider<SmallGrantFiguresSource>}.
 */
public interface SmallGrantFiguresSource {

    /** Figures of the JST's small grants whose offers are dated in that year. */
    SmallGrantYearFigures forYear(long jstId, int year);

}
