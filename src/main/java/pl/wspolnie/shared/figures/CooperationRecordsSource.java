package pl.wspolnie.shared.figures;

import java.util.List;
import java.util.Set;

/**
 * Implemented by each module whose records feed the computed indicators of the yearly
 * cooperation quality index (LIJW, module diagnosis): a read-only query that lists the
 * records behind one measure in a JST's calendar year. The diagnosis counts them and
 * shows them as the indicator's drill-down; it never reads another module's tables.
 * Inject as {@code ObjectProvider<CooperationRecordsSource>}: a measure no bean answers
 * cannot be computed yet.
 */
public interface CooperationRecordsSource {

    /** The measures this module answers, codes such as {@code consultations.remarks}. */
    Set<String> measures();

    /**
     * The records behind the measure for the JST in that calendar year, oldest first;
     * empty when the module kept none that year (the indicator then says it cannot be
     * computed rather than 0).
     */
    List<CooperationRecord> records(String measure, long jstId, int year);

}
