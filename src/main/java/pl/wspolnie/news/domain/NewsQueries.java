package pl.wspolnie.news.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.shared.text.SearchText;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.sql.Timestamp;

/**
 * The public list of news: published items whose time has come, newest first, filtered by
 * JST (with the gminas of a powiat), sphere and words; one count and one page query,
 * whatever the page size.
 */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class NewsQueries {

    public record Row(long id, long jstId, Long organizationId, String title, String lead, List<String> sphereCodes,
            Instant publishAt, ArticleKind kind, String authorName) {
        public String path() {
            return (kind.isArticle() ? "/practices/" : "/news/") + id;
        }
    }

    /**
     * {@code kind} null = every article kind (the practices library); NEWS = the news.
     */
    public record Criteria(Long jst, String sphere, String q, ArticleKind kind) {
        public Criteria(Long jst, String sphere, String q) {
            this(jst, sphere, q, ArticleKind.NEWS);
        }
    }

    public record Result(List<Row> rows, long total, int page, int totalPages) {
    }

    private final JdbcClient jdbc;

    private final Jsts jsts;

    private final Clock clock;

    public Result search(Criteria criteria, int page, int size) {
        StringBuilder where = new StringBuilder(
                " from news_item n where n.status = 'PUBLISHED' and n.publish_at <= :now");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("now", Timestamp.from(clock.instant()));
        if (criteria.kind() != null) {
            where.append(" and n.kind = :kind");
            params.put("kind", criteria.kind().name());
        }
        else {
            where.append(" and n.kind in ('GOOD_PRACTICE', 'EXPERT_OPINION', 'INTERVIEW')");
        }
        if (criteria.jst() != null) {
            where.append(" and n.jst_id in (:jsts)");
            params.put("jsts", List.copyOf(jsts.selfAndDescendants(criteria.jst())));
        }
        if (criteria.sphere() != null && !criteria.sphere().isBlank()) {
            where.append(" and n.sphere_codes @> array[cast(:sphere as text)]");
            params.put("sphere", criteria.sphere());
        }
        String tsq = SearchText.toTsQuery(criteria.q());
        if (tsq != null) {
            where.append(" and n.search_vector @@ to_tsquery('simple', :tsq)");
            params.put("tsq", tsq);
        }
        long total = jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
        int totalPages = (int) Math.max(1, (total + size - 1) / size);
        int p = Math.max(0, Math.min(page, totalPages - 1));
        params.put("limit", size);
        params.put("offset", (long) p * size);
        List<Row> rows = jdbc.sql(
                "select n.id, n.jst_id, n.organization_id, n.title, n.lead, n.sphere_codes, n.publish_at, n.kind, n.author_name"
                        + where + " order by n.publish_at desc, n.id desc limit :limit offset :offset")
            .params(params)
            .query((rs, i) -> new Row(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3), rs.getString(4),
                    rs.getString(5), codes(rs.getArray(6)), rs.getTimestamp(7).toInstant(),
                    ArticleKind.valueOf(rs.getString(8)), rs.getString(9)))
            .list();
        return new Result(rows, total, p, totalPages);
    }

    /** Public articles about an organisation, newest first (for its profile). */
    public List<Row> aboutOrganization(long organizationId, int limit) {
        return jdbc
            .sql("select n.id, n.jst_id, n.organization_id, n.title, n.lead, n.sphere_codes, n.publish_at, n.kind, n.author_name"
                    + " from news_item n where n.status = 'PUBLISHED' and n.publish_at <= :now"
                    + " and n.linked_organization_ids @> array[cast(:org as bigint)] order by n.publish_at desc limit :limit")
            .param("now", Timestamp.from(clock.instant()))
            .param("org", organizationId)
            .param("limit", limit)
            .query((rs, i) -> new Row(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3), rs.getString(4),
                    rs.getString(5), codes(rs.getArray(6)), rs.getTimestamp(7).toInstant(),
                    ArticleKind.valueOf(rs.getString(8)), rs.getString(9)))
            .list();
    }

    static List<String> codes(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

}
