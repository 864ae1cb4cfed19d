package pl.wspolnie.shared.attention;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import pl.wspolnie.shared.security.Role;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads items from one SQL query whose columns are {@code role, kind, title, link,
 * deadline, at} (deadline and at as timestamptz; deadline may be null), so that a source
 * can union all its cases into one statement.
 */
public final class AttentionRows {

    private static final RowMapper<AttentionItem> MAPPER = (rs, n) -> new AttentionItem(
            Role.valueOf(rs.getString("role")), rs.getString("kind"), rs.getString("title"), rs.getString("link"),
            instant(rs.getObject("deadline", OffsetDateTime.class)), instant(rs.getObject("at", OffsetDateTime.class)));

    private AttentionRows() {
    }

    /**
     * The items of one statement with named parameters: an instant is passed as
     * timestamptz, an empty set of ids as one id that matches nothing (SQL has no empty
     * {@code in ()}).
     */
    public static List<AttentionItem> query(JdbcClient jdbc, String sql, Map<String, ?> params) {
        Map<String, Object> given = new HashMap<>();
        params.forEach((name, value) -> {
            if (value instanceof Instant instant) {
                given.put(name, param(instant));
            }
            else if (value instanceof Collection<?> ids && ids.isEmpty()) {
                given.put(name, List.of(-1L));
            }
            else {
                given.put(name, value);
            }
        });
        return jdbc.sql(sql).params(given).query(MAPPER).list();
    }

    /** An instant as a query parameter (timestamptz). */
    private static OffsetDateTime param(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

}
