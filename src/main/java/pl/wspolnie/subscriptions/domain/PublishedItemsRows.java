package pl.wspolnie.subscriptions.domain;

import pl.wspolnie.shared.events.ContentType;
import pl.wspolnie.subscriptions.PublishedItem;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Reads published_content rows (alias c) into PublishedItem. */
public final class PublishedItemsRows {

    public static final String COLUMNS = "c.id, c.content_type, c.source_id, c.title, c.summary, c.path, c.jst_id, c.sphere_codes, c.published_at";

    private PublishedItemsRows() {
    }

    public static PublishedItem item(ResultSet rs, int row) throws SQLException {
        Array spheres = rs.getArray(8);
        return new PublishedItem(rs.getLong(1), ContentType.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), (Long) rs.getObject(7),
                spheres == null ? List.of() : List.of((String[]) spheres.getArray()), rs.getTimestamp(9).toInstant());
    }

}
