package pl.wspolnie.shared.web.api;

import pl.wspolnie.shared.database.PublicRows;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A data set of open data that a module publishes: one table of public records, split
 * into one distribution per JST and year (CSV and JSON, {@link DataSetController}), and
 * described in the DCAT-AP PL catalogue. A module declares it as a bean in its web
 * package.
 *
 * @param code the stable name in the addresses ({@code competition-results})
 * @param title the Polish title
 * @param titleEn the English title
 * @param description what a row is, in Polish
 * @param frequency how often it changes: a code of the EU frequency vocabulary
 * ({@code CONT}, {@code DAILY}, {@code IRREG}...)
 * @param columns the header row
 * @param rows the rows of one JST and year, each in the order of the columns
 * @param available the JSTs and years that have rows
 */
public record DataSet(String code, String title, String titleEn, String description, String frequency,
        List<String> columns, BiFunction<Long, Integer, List<List<Object>>> rows, Supplier<List<JstYear>> available) {

    /** The most rows one distribution holds. */
    public static final int MAX_ROWS = 100_000;

    public record JstYear(long jst, int year) {
    }

    /**
     * The rows of one JST and year from a list query by year: its records (at most
     * {@link #MAX_ROWS}), each made a row.
     */
    public static <R> BiFunction<Long, Integer, List<List<Object>>> rows(YearQuery<R> query,
            Function<? super R, List<Object>> row) {
        return rowsOf(filter -> query.page(filter, 0, MAX_ROWS), row);
    }

    /**
     * The rows of one JST and year from a list query by a span of time: its records of
     * that calendar year (Europe/Warsaw, as the API's year filter; at most
     * {@link #MAX_ROWS}), each made a row.
     */
    public static <R> BiFunction<Long, Integer, List<List<Object>>> rowsInYear(SpanQuery<R> query,
            Function<? super R, List<Object>> row) {
        return rowsOf(filter -> query.page(filter, 0, MAX_ROWS), row);
    }

    private static <R> BiFunction<Long, Integer, List<List<Object>>> rowsOf(Function<ApiFilter, PublicRows<R>> page,
            Function<? super R, List<Object>> row) {
        return (jst, year) -> page.apply(new ApiFilter(jst, year)).rows().stream().<List<Object>>map(row).toList();
    }

    /** The JSTs and years of a query that answers (jst, year) pairs. */
    public static Supplier<List<JstYear>> years(Supplier<List<long[]>> pairs) {
        return () -> pairs.get().stream().map(p -> new JstYear(p[0], (int) p[1])).toList();
    }

}
