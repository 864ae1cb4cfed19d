package pl.wspolnie.shared.web.api;

import org.junit.jupiter.api.Test;
import pl.wspolnie.shared.database.PublicRows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A data set's rows come from the API's list query: every record (up to the limit) of the
 * JST and year, each made a row; a query by a span of time gets the calendar year in
 * Warsaw.
 */
class DataSetRowsTest {

    @Test
    void aQueryByYearIsAskedForAllItsRecordsOfTheJstAndYear() {
        List<Object> asked = new ArrayList<>();
        YearQuery<String> query = (jst, year, offset, limit) -> {
            asked.addAll(Arrays.asList(jst, year, offset, limit));
            return new PublicRows<>(List.of("a", "b"), 2, null);
        };

        List<List<Object>> rows = DataSet.rows(query, s -> Arrays.<Object>asList(s, s.length())).apply(7L, 2025);

        assertThat(rows).containsExactly(List.of("a", 1), List.of("b", 1));
        assertThat(asked).containsExactly(7L, 2025, 0, DataSet.MAX_ROWS);
    }

    @Test
    void aQueryBySpanOfTimeIsAskedForTheCalendarYearInWarsaw() {
        List<Object> asked = new ArrayList<>();
        SpanQuery<String> query = (jst, from, until, offset, limit) -> {
            asked.addAll(Arrays.asList(jst, from, until, offset, limit));
            return new PublicRows<>(List.of("x"), 1, null);
        };

        List<List<Object>> rows = DataSet.rowsInYear(query, s -> Arrays.<Object>asList(s)).apply(3L, 2025);

        assertThat(rows).containsExactly(List.of("x"));
        assertThat(asked).containsExactly(3L, Instant.parse("2024-12-31T23:00:00Z"),
                Instant.parse("2025-12-31T23:00:00Z"), 0, DataSet.MAX_ROWS);
    }

}
