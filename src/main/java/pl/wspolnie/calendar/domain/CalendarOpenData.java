package pl.wspolnie.calendar.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.shared.database.PublicRows;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * What the public API and the data sets show of the calendar: its entries, as the
 * calendar page shows them (an NGO's proposed event only once approved: only then is it
 * an entry). The year of an entry is the year it starts (Europe/Warsaw).
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CalendarOpenData {

    public record Item(long id, String type, String title, String description, Instant startsAt, Instant endsAt,
            String place, Long jstId, List<String> sphereCodes, String path, Instant updatedAt) {
    }

    /** The JSTs and years with entries (entries of the whole partnership have no JST). */
    public List<long[]> years() {
        return jdbc
            .sql("select distinct jst_id, cast(extract(year from starts_at at time zone 'Europe/Warsaw') as int)"
                    + " from calendar_entry where jst_id is not null order by 1, 2")
            .query((rs, n) -> new long[] { rs.getLong(1), rs.getInt(2) })
            .list();
    }

    private static final String FILTER = " from calendar_entry e where (cast(:jst as bigint) is null or e.jst_id = :jst)"
            + " and e.starts_at >= :from and e.starts_at < :until";

    private final JdbcClient jdbc;

    /** Entries in time order; from and until bound the start. */
    public PublicRows<Item> entries(Long jst, Instant from, Instant until, int offset, int limit) {
        return PublicRows.page(jdbc, "e.*", FILTER, "e.starts_at, e.id", "e.updated_at",
                PublicRows.filter(jst, from, until), offset, limit, CalendarOpenData::item);
    }

    private static Item item(ResultSet rs, int n) throws SQLException {
        long jst = rs.getLong("jst_id");
        Long jstId = rs.wasNull() ? null : jst;
        Timestamp end = rs.getTimestamp("ends_at");
        Array spheres = rs.getArray("sphere_codes");
        return new Item(rs.getLong("id"), rs.getString("type"), rs.getString("title"), rs.getString("description"),
                rs.getTimestamp("starts_at").toInstant(), end == null ? null : end.toInstant(), rs.getString("place"),
                jstId, spheres == null ? List.of() : Arrays.asList((String[]) spheres.getArray()), rs.getString("path"),
                rs.getTimestamp("updated_at").toInstant());
    }

}
