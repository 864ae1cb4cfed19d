package pl.wspolnie.subscriptions;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pl.wspolnie.subscriptions.domain.PublishedItemsRows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Read API over the stored ContentPublished items (for the bulletin digest and the
 * mails).
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PublishedItems {

    static final String COLUMNS = PublishedItemsRows.COLUMNS;

    private final JdbcClient jdbc;

    /**
     * Items published in [from, to) of these JSTs (and partnership-wide items), oldest
     * first.
     */
    public List<PublishedItem> between(Instant from, Instant to, Collection<Long> jstIds) {
        return jdbc
            .sql("select " + COLUMNS
                    + " from published_content c where c.published_at >= :from and c.published_at < :to"
                    + " and (c.jst_id is null or c.jst_id in (:jsts)) order by c.published_at, c.id")
            .param("from", Timestamp.from(from))
            .param("to", Timestamp.from(to))
            .param("jsts", jstIds.isEmpty() ? List.of(-1L) : new ArrayList<>(jstIds))
            .query(PublishedItems::item)
            .list();
    }

    private static PublishedItem item(ResultSet rs, int row) throws SQLException {
        return PublishedItemsRows.item(rs, row);
    }

}
