package pl.wspolnie.shared.figures;

/**
 * Implemented by the competitions module; read by the annual programme report. The report
 * works without it (no bean): the figures of financial cooperation then show as "not
 * recorded in the platform". Inject it as
 * {@code ObjectProvider<CompetitionFiguresSource>}.
 */
public interface CompetitionFiguresSource {

    /**
     * Figures of competitions announced by the JST (and, for a powiat, not its gminas) in
     * that year.
     */
    CompetitionYearFigures forYear(long jstId, int year);

}
