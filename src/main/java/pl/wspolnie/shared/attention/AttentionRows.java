package pl.wspolnie.shared.attention;

import org.springframework.jdbc.core.RowMapper;
import pl.wspolnie.shared.security.Role;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Reads items from one SQL query whose columns are {@code role, kind, title, link,
 * deadline, at} (deadline and at as timestamptz; deadline may be null), so that a source
 * can union all its cases into one statement.
 */
public final class AttentionRows {

    public static final RowMapper<AttentionItem> MAPPER = (rs, n) -> new AttentionItem(
            Role.valueOf(rs.getString("role")), rs.getString("kind"), rs.getString("title"), rs.getString("link"),
            instant(rs.getObject("deadline", OffsetDateTime.class)), instant(rs.getObject("at", OffsetDateTime.class)));

    private AttentionRows() {
    }

    /** An instant as a query parameter (timestamptz). */
    public static OffsetDateTime param(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

}
