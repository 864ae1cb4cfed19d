package pl.wspolnie.shared.figures;

import java.util.Optional;

/**
 * Implemented by the diagnosis module: where the published LIJW report of a JST's year
 * is, for the annual programme report to link to. Inject as
 * {@code ObjectProvider<CooperationIndexReports>}.
 */
public interface CooperationIndexReports {

    /** The path of the published report of that year, empty when none is published. */
    Optional<String> publishedReport(long jstId, int year);

}
