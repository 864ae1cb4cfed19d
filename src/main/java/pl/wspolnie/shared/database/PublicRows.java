package pl.wspolnie.shared.database;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of public records for the open data API: the rows, how many records match, and
 * when the latest of them changed (its Last-Modified; null when none match).
 */
public record PublicRows<T>(List<T> rows, long total, Instant changedAt) {

    /**
     * The page's rows with the count and the latest change of every matching record.
     * @param latest an SQL expression of a record's latest change ({@code n.updated_at})
     * @param fromWhere the {@code from ... where ...} of the matching records
     */
    public static <T> PublicRows<T> of(JdbcClient jdbc, String latest, String fromWhere, Map<String, Object> params,
            List<T> rows) {
        Map<String, Object> head = jdbc.sql("select count(*) n, max(" + latest + ") changed " + fromWhere)
            .params(params)
            .query()
            .singleRow();
        Object changed = head.get("changed");
        Instant at = changed instanceof Timestamp t ? t.toInstant()
                : changed instanceof OffsetDateTime o ? o.toInstant() : null;
        return new PublicRows<>(rows, ((Number) head.get("n")).longValue(), at);
    }

    /**
     * The parameters {@code jst} (null: every JST), {@code from} and {@code until} of a
     * query bounded in time; the map may take more.
     */
    public static Map<String, Object> filter(Long jst, Instant from, Instant until) {
        Map<String, Object> params = new HashMap<>();
        params.put("jst", jst);
        params.put("from", Timestamp.from(from));
        params.put("until", Timestamp.from(until));
        return params;
    }

    /**
     * The parameters {@code jst} and {@code year} (either null: every one) of a query of
     * records that carry their year; the map may take more.
     */
    public static Map<String, Object> jstYear(Long jst, Integer year) {
        Map<String, Object> params = new HashMap<>();
        params.put("jst", jst);
        params.put("year", year);
        return params;
    }

    /**
     * One page of {@code select columns fromWhere order by order}, with the count and the
     * latest change of every matching record.
     */
    public static <T> PublicRows<T> page(JdbcClient jdbc, String columns, String fromWhere, String order, String latest,
            Map<String, Object> params, int offset, int limit, RowMapper<T> mapper) {
        List<T> rows = jdbc
            .sql("select " + columns + " " + fromWhere + " order by " + order + " limit :limit offset :offset")
            .params(params)
            .param("limit", limit)
            .param("offset", offset)
            .query(mapper)
            .list();
        return of(jdbc, latest, fromWhere, params, rows);
    }

}
