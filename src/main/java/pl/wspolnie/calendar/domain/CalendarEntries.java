package pl.wspolnie.calendar.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.shared.events.CalendarEntryPublished;
import pl.wspolnie.shared.events.CalendarEntryType;
import pl.wspolnie.shared.events.CalendarEntryWithdrawn;
import pl.wspolnie.shared.time.ClockConfig;
import pl.wspolnie.shared.cache.CacheConfiguration;
import pl.wspolnie.shared.cache.Caches;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The entries of the common calendar: one per (source, sourceId), written only by the
 * listeners of the calendar events (a copy of what the owning module published, which
 * audits its own data), read by the pages and feeds.
 */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CalendarEntries {

    public record Entry(long id, String source, String sourceId, CalendarEntryType type, String title,
            String description, ZonedDateTime start, ZonedDateTime end, String place, Long jstId,
            List<String> sphereCodes, String path) {
    }

    /**
     * Filters: JST (with the units below it; partnership-wide entries always match),
     * sphere, type.
     */
    public record Filter(Long jst, String sphere, CalendarEntryType type) {
        public static Filter none() {
            return new Filter(null, null, null);
        }
    }

    private static final String COLUMNS = "e.id, e.source, e.source_id, e.type, e.title, e.description, e.starts_at, "
            + "e.ends_at, e.place, e.jst_id, e.sphere_codes, e.path";

    private final JdbcClient jdbc;

    private final Jsts jsts;

    private final Clock clock;

    private final Caches caches;

    @ApplicationModuleListener
    void on(CalendarEntryPublished event) {
        upsert(event);
        pagesChanged();
    }

    @ApplicationModuleListener
    void on(CalendarEntryWithdrawn event) {
        jdbc.sql("delete from calendar_entry where source = :source and source_id = :sourceId")
            .param("source", event.source())
            .param("sourceId", event.sourceId())
            .update();
        pagesChanged();
    }

    /** Drops the cached calendar pages on every instance once the change commits. */
    private void pagesChanged() {
        caches.clear(CacheConfiguration.CALENDAR);
    }

    @Transactional
    void upsert(CalendarEntryPublished e) {
        jdbc.sql("""
                insert into calendar_entry (source, source_id, type, title, description, starts_at, ends_at, place,
                                            jst_id, sphere_codes, path, updated_at)
                values (:source, :sourceId, :type, :title, :description, :start, :end, :place, :jst,
                        cast(:spheres as text[]), :path, :now)
                on conflict (source, source_id) do update set type = excluded.type, title = excluded.title,
                    description = excluded.description, starts_at = excluded.starts_at, ends_at = excluded.ends_at,
                    place = excluded.place, jst_id = excluded.jst_id, sphere_codes = excluded.sphere_codes,
                    path = excluded.path, updated_at = excluded.updated_at""")
            .param("source", e.source())
            .param("sourceId", e.sourceId())
            .param("type", e.type().name())
            .param("title", cut(e.title(), 300))
            .param("description", e.description())
            .param("start", Timestamp.from(e.start().toInstant()))
            .param("end", e.end() == null ? null : Timestamp.from(e.end().toInstant()))
            .param("place", cut(e.place(), 300))
            .param("jst", e.jstId())
            .param("spheres", "{" + String.join(",", e.sphereCodes().stream().map(c -> "\"" + c + "\"").toList()) + "}")
            .param("path", e.path())
            .param("now", Timestamp.from(clock.instant()))
            .update();
    }

    public Optional<Entry> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from calendar_entry e where e.id = :id")
            .param("id", id)
            .query(this::entry)
            .optional();
    }

    public Optional<Entry> find(String source, String sourceId) {
        return jdbc.sql("select " + COLUMNS + " from calendar_entry e where e.source = :source and e.source_id = :sid")
            .param("source", source)
            .param("sid", sourceId)
            .query(this::entry)
            .optional();
    }

    /** Entries starting in [from, to), in time order, at most {@code limit}. */
    public List<Entry> between(Instant from, Instant to, Filter filter, int limit) {
        StringBuilder sql = new StringBuilder(
                "select " + COLUMNS + " from calendar_entry e where e.starts_at >= :from and e.starts_at < :to");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("from", Timestamp.from(from));
        params.put("to", Timestamp.from(to));
        if (filter.jst() != null) {
            sql.append(" and (e.jst_id is null or e.jst_id in (:jsts))");
            params.put("jsts", new ArrayList<>(jsts.selfAndDescendants(filter.jst())));
        }
        if (filter.sphere() != null) {
            sql.append(" and e.sphere_codes @> array[cast(:sphere as text)]");
            params.put("sphere", filter.sphere());
        }
        if (filter.type() != null) {
            sql.append(" and e.type = :type");
            params.put("type", filter.type().name());
        }
        sql.append(" order by e.starts_at, e.id limit :limit");
        params.put("limit", limit);
        return jdbc.sql(sql.toString()).params(params).query(this::entry).list();
    }

    private Entry entry(ResultSet rs, int row) throws SQLException {
        Timestamp end = rs.getTimestamp(8);
        return new Entry(rs.getLong(1), rs.getString(2), rs.getString(3), CalendarEntryType.valueOf(rs.getString(4)),
                rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant().atZone(ClockConfig.WARSAW),
                end == null ? null : end.toInstant().atZone(ClockConfig.WARSAW), rs.getString(9),
                (Long) rs.getObject(10), codes(rs.getArray(11)), rs.getString(12));
    }

    private static List<String> codes(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

}
