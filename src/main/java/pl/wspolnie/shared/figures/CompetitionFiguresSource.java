package pl.wspolnie.shared.figures;

/**
 * Implemented by the competitions module; read by the annual programme report. The report
 * works without it (no bean): the figures of financial cooperation then show as "not
 * recorded in the platform". Inject it as
 * {@code ObjectProvider<CompetitionFiguresSource>}.
 */
public interface CompetitionFiguresSource {

    /**
     * Figures of the published competitions of the JST (and, for a powiat, not its
     * gminas) whose tasks start in that year (the task year, not the announcement's).
     */
    CompetitionYearFigures forYear(long jstId, int year);

}
