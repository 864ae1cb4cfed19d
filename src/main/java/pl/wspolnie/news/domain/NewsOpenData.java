package pl.wspolnie.news.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.shared.database.PublicRows;
import pl.wspolnie.shared.domain.NotFound;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What the public API and the data sets show of news: published items whose time has
 * come, as on the news page (pending, rejected and scheduled ones never). The year of an
 * item is the year it is published (Europe/Warsaw).
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class NewsOpenData {

    public record Item(long id, long jstId, Long organizationId, String kind, String title, String lead, String body,
            List<String> sphereCodes, Instant publishedAt, Instant updatedAt) {
    }

    /** The JSTs and years with published news. */
    public List<long[]> years() {
        return jdbc
            .sql("select distinct n.jst_id, cast(extract(year from n.publish_at at time zone 'Europe/Warsaw') as int)"
                    + PUBLIC + " order by 1, 2")
            .param("now", Timestamp.from(clock.instant()))
            .query((rs, n) -> new long[] { rs.getLong(1), rs.getInt(2) })
            .list();
    }

    private static final String PUBLIC = " from news_item n where n.status = 'PUBLISHED' and n.publish_at <= :now";

    private static final String FILTER = PUBLIC + " and (cast(:jst as bigint) is null or n.jst_id = :jst)"
            + " and n.publish_at >= :from and n.publish_at < :until";

    private final JdbcClient jdbc;

    private final Clock clock;

    /** Published news, newest first; from and until bound the publication time. */
    public PublicRows<Item> news(Long jst, Instant from, Instant until, int offset, int limit) {
        Map<String, Object> params = PublicRows.filter(jst, from, until);
        params.put("now", Timestamp.from(clock.instant()));
        return PublicRows.page(jdbc, "n.*", FILTER, "n.publish_at desc, n.id desc",
                "greatest(n.updated_at, n.publish_at)", params, offset, limit, NewsOpenData::item);
    }

    /** One published item; 404 for one not (yet) public. */
    public Item item(long id) {
        return jdbc.sql("select n.*" + PUBLIC + " and n.id = :id")
            .param("now", Timestamp.from(clock.instant()))
            .param("id", id)
            .query(NewsOpenData::item)
            .optional()
            .orElseThrow(() -> new NotFound("news " + id));
    }

    private static Item item(ResultSet rs, int n) throws SQLException {
        long org = rs.getLong("organization_id");
        Long organizationId = rs.wasNull() ? null : org;
        Array spheres = rs.getArray("sphere_codes");
        return new Item(rs.getLong("id"), rs.getLong("jst_id"), organizationId, rs.getString("kind"),
                rs.getString("title"), rs.getString("lead"), rs.getString("body"),
                spheres == null ? List.of() : Arrays.asList((String[]) spheres.getArray()),
                rs.getTimestamp("publish_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }

}
