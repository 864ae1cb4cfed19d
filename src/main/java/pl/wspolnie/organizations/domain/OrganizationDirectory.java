package pl.wspolnie.organizations.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import pl.wspolnie.organizations.LegalForm;
import pl.wspolnie.partnership.JstSummary;
import pl.wspolnie.partnership.JstType;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.shared.cache.CacheConfiguration;
import pl.wspolnie.shared.cache.Caches;
import pl.wspolnie.shared.text.SearchText;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The public directory: search, filters and order in plain SQL. A page costs one count
 * query and one page query (the spheres of the page's rows are read in the page query);
 * the search uses the GIN index on the generated search_vector, the orders use the
 * indexes on sort_name and created_at, the count without a text or sphere filter the
 * per-gmina counts ({@code organization_gmina_count}), the count of several words or of
 * words and a sphere the kept whole-entry terms ({@code organization_search_terms}, in
 * four partitions so that a count that stops at its limit reads only as many as it needs:
 * V9_2).
 * <p>
 * No transaction: each statement reads its own snapshot under READ COMMITTED anyway, so a
 * read-only transaction around the count and the page would only add its BEGIN and COMMIT
 * to every search.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class OrganizationDirectory {

    public static final int MAX_PAGE_SIZE = 100;

    /** One organisation of a result list. */
    public record Row(long id, String name, LegalForm legalForm, String city, long gminaId, String gminaName,
            boolean verified, Instant createdAt, List<String> sphereCodes) {
    }

    /**
     * @param totalIsLowerBound a text search or a sphere filter matched more than were
     * counted (see {@link #countLimit}): {@code total} is the number counted
     * @param byNameForRelevance a relevance order was asked for and the name order used
     * (more than {@link #RANK_LIMIT} matches)
     */
    public record Page(List<Row> rows, int page, int size, long total, boolean totalIsLowerBound,
            boolean byNameForRelevance) {
        public Page(List<Row> rows, int page, int size, long total) {
            this(rows, page, size, total, false, false);
        }

        public int totalPages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    /**
     * A text search or a sphere filter counts its matches at most up to this number,
     * however far the pages go. Counting tens of thousands of matches of a broad word
     * costs 20–60 ms of database time; nobody pages through more than 1,000 results.
     */
    public static final int COUNT_CAP = 1000;

    /**
     * How many pages past the requested one a text search or a sphere filter counts: the
     * pager needs to know only whether there is a next page and roughly how many follow.
     * Counting to 200 instead of 1,000 costs a fifth of the database time for a broad
     * word (bench/sql-cpu.sh, docs/benchmarks.md).
     */
    public static final int PAGES_AHEAD = 10;

    /**
     * Matches up to which a relevance order is kept. Ranking reads every match's whole
     * search vector (2,253 matches: 12 ms of database CPU); beyond this number the name
     * order is used — on every page of the search alike, so the order does not change
     * while paging.
     */
    public static final int RANK_LIMIT = 200;

    /**
     * A search counted in the kept terms with at most this many matches reads its page by
     * the ids the terms list, and is counted at least this far (its exact total shown).
     * Along the table such a search meets a match only every few dozen rows (383 matches
     * of "fundacja seniorom" within one gmina, newest first: 2,875 rows passed, 16.5 ms
     * of database CPU); read by id, 500 rows cost about what 200 matches of a dense
     * search cost along the table (docs/benchmarks.md, 7.12.2026).
     */
    public static final int BY_ID_LIMIT = 500;

    /**
     * How far the matches of a text search or sphere filter are counted for a page: ten
     * pages past it, at least {@link #RANK_LIMIT} (to decide the order), at most
     * {@link #COUNT_CAP}.
     */
    static int countLimit(int page, int size) {
        long ahead = ((long) page + PAGES_AHEAD) * size;
        return (int) Math.min(COUNT_CAP, Math.max(RANK_LIMIT, ahead));
    }

    /** One organisation with the columns of the export. */
    public record ExportRow(long id, String name, LegalForm legalForm, String krs, String registerName,
            String registerNumber, String nip, String regon, String street, String postalCode, String city,
            String gminaName, List<String> sphereCodes, String email, String phone, String website, boolean verified,
            Instant createdAt) {
    }

    /**
     * @param terms the query of {@code organization_search_terms} (V9) that finds the
     * same organisations as {@code sql}, when it is cheaper to count there, or null
     */
    private record Where(String sql, Map<String, Object> params, String terms) {

        /**
         * The same search as the organisations whose ids the kept terms list (all of
         * them: at most {@link #BY_ID_LIMIT} matches).
         */
        Where onlyTermsMatches() {
            Map<String, Object> byId = new LinkedHashMap<>(params);
            byId.put("terms", terms);
            byId.put("atMost", BY_ID_LIMIT + 1);
            return new Where(
                    " where o.id = any(array(select organization_search_ids(cast(:terms as tsquery), :atMost)))", byId,
                    terms);
        }

    }

    private final JdbcClient jdbc;

    private final Jsts jsts;

    private final SphereCatalogue spheres;

    private final Caches caches;

    /**
     * @param page 0-based
     * @throws InvalidCriteria for an unknown JST or sphere, a negative page or a size
     * outside 1..100
     */
    public Page search(DirectoryCriteria criteria, int page, int size) {
        if (page < 0) {
            throw new InvalidCriteria("page", "page must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidCriteria("size", "size must be between 1 and " + MAX_PAGE_SIZE);
        }
        Where where = where(criteria);
        DirectorySort sort = criteria.effectiveSort();
        // recent result pages are kept (the directory is read far more often than it
        // changes); any change of an
        // organisation clears them on every instance once it commits (Organization is
        // @EvictsCache)
        return caches.get(CacheConfiguration.DIRECTORY, List.of(where.sql(), where.params(), sort, page, size),
                () -> load(where, sort, page, size));
    }

    /**
     * Counting: without a text or sphere filter the total is exact and comes from
     * {@code organization_gmina_count} (kept by a trigger, V8): a few rows instead of
     * counting every organisation. A text search or a sphere filter counts its matches
     * only as far as {@link #countLimit} (stopping there); beyond it the total is
     * reported as a lower bound. With more than {@link #RANK_LIMIT} matches a relevance
     * order becomes the name order, which reads 20 rows along the name index instead of
     * ranking every match.
     * <p>
     * Paging: the page's ids are found first, along an index where the order allows it
     * (an index-only scan of {@code (sort_name, id)} or {@code (created_at, id)}, so an
     * offset skips index entries, not table rows), and only the page's rows are then
     * read. A search counted in the kept terms with at most {@link #BY_ID_LIMIT} matches
     * reads just those rows, by the ids the terms list.
     */
    private Page load(Where where, DirectorySort sort, int page, int size) {
        long total;
        boolean capped = false;
        boolean byName = false;
        if (where.terms() != null || where.params().containsKey("tsq") || where.params().containsKey("spheres")) {
            int limit = countLimit(page, size);
            // two or more of words, a sphere and a JST: whole entries (V9), partition
            // after partition until the limit (V9_2), at least as far as a page is read
            // by id
            int counted = where.terms() != null ? Math.max(limit, BY_ID_LIMIT) : limit;
            total = where.terms() != null
                    ? jdbc.sql("select organization_search_count(cast(:terms as tsquery), :atMost)")
                        .param("terms", where.terms())
                        .param("atMost", counted + 1)
                        .query(Long.class)
                        .single()
                    : jdbc
                        .sql("select count(*) from (select 1 from organization o" + where.sql() + " limit "
                                + (limit + 1) + ") matches")
                        .params(where.params())
                        .query(Long.class)
                        .single();
            if (total > counted) {
                total = limit;
                capped = true;
            }
            if (sort == DirectorySort.RELEVANCE && (capped || total > RANK_LIMIT)) {
                sort = DirectorySort.NAME;
                byName = true;
            }
        }
        else if (where.params().containsKey("gminas")) {
            total = jdbc
                .sql("select coalesce(sum(organizations), 0) from organization_gmina_count where gmina_id in (:gminas)")
                .param("gminas", where.params().get("gminas"))
                .query(Long.class)
                .single();
        }
        else {
            total = jdbc.sql("select coalesce(sum(organizations), 0) from organization_gmina_count")
                .query(Long.class)
                .single();
        }
        if (total == 0 || (long) page * size >= total) {
            return new Page(List.of(), page, size, total, capped, byName);
        }
        // few matches counted in the kept terms: the page reads them by id (the planner
        // cannot tell few matches of an intersection from many, V9_3)
        Where read = where.terms() != null && !capped && total <= BY_ID_LIMIT ? where.onlyTermsMatches() : where;
        Map<Long, String> gminaNames = jsts.names();
        List<Row> rows = jdbc.sql(pageSql(read, sort, page))
            .params(read.params())
            .param("limit", size)
            .param("offset", (long) page * size)
            .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), LegalForm.valueOf(rs.getString(3)),
                    rs.getString(4), rs.getLong(5), gminaNames.getOrDefault(rs.getLong(5), ""), rs.getBoolean(6),
                    rs.getTimestamp(7).toInstant(), codes(rs, 8)))
            .list();
        return new Page(rows, page, size, total, capped, byName);
    }

    private static final String ROW_COLUMNS = "o.id, o.name, o.legal_form, o.city, o.gmina_id, o.verified, "
            + "o.created_at, array(select s.sphere_code from organization_sphere s where s.organization_id = o.id)";

    /**
     * The first page reads its rows in one step (planned in about a third of the time of
     * the two-step form); a later page finds its ids first, along an index where the
     * order allows it, so the offset skips index entries rather than whole rows (page 40
     * of all organisations: 0.3 ms instead of 3 ms, docs/benchmarks.md).
     */
    private static String pageSql(Where where, DirectorySort sort, int page) {
        if (page == 0) {
            return "select " + ROW_COLUMNS + rank(sort) + " from organization o" + where.sql() + " order by "
                    + sort.orderBy("o") + " limit :limit";
        }
        return "with page as (select o.id, " + (sort == DirectorySort.NEWEST ? "o.created_at" : "o.sort_name")
                + rank(sort) + " from organization o" + where.sql() + " order by " + sort.orderBy("o")
                + " limit :limit offset :offset) select " + ROW_COLUMNS
                + " from page p join organization o on o.id = p.id order by " + sort.orderBy("p");
    }

    /**
     * The whole result list (in the same order) up to the limit, with the export's
     * columns.
     */
    public List<ExportRow> export(DirectoryCriteria criteria, int limit) {
        Where where = where(criteria);
        DirectorySort sort = criteria.effectiveSort();
        String sql = "select o.id, o.name, o.legal_form, o.krs, o.register_name, o.register_number, o.nip, o.regon, "
                + "o.street, o.postal_code, o.city, j.name, o.email, o.phone, o.website, o.verified, o.created_at, "
                + "array(select s.sphere_code from organization_sphere s where s.organization_id = o.id)" + rank(sort)
                + " from organization o join jst j on j.id = o.gmina_id" + where.sql() + " order by "
                + sort.orderBy("o") + " limit :limit";
        return jdbc.sql(sql)
            .params(where.params())
            .param("limit", limit)
            .query((rs, n) -> new ExportRow(rs.getLong(1), rs.getString(2), LegalForm.valueOf(rs.getString(3)),
                    rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                    rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), codes(rs, 18),
                    rs.getString(13), rs.getString(14), rs.getString(15), rs.getBoolean(16),
                    rs.getTimestamp(17).toInstant()))
            .list();
    }

    private static String rank(DirectorySort sort) {
        return sort == DirectorySort.RELEVANCE ? ", ts_rank(o.search_vector, to_tsquery('simple', :tsq)) as rank" : "";
    }

    private Where where(DirectoryCriteria criteria) {
        StringBuilder sql = new StringBuilder(" where true");
        Map<String, Object> params = new LinkedHashMap<>();
        String tsQuery = criteria.tsQuery();
        if (tsQuery != null) {
            sql.append(" and o.search_vector @@ to_tsquery('simple', :tsq)");
            params.put("tsq", tsQuery);
        }
        if (criteria.jst() != null) {
            sql.append(" and o.gmina_id in (:gminas)");
            params.put("gminas", new ArrayList<>(jstAndBelow(criteria.jst())));
        }
        if (criteria.sphere() != null) {
            List<String> codes = spheres.expand(criteria.sphere());
            if (codes.isEmpty()) {
                throw new InvalidCriteria("sphere", "unknown sphere");
            }
            sql.append(" and exists (select 1 from organization_sphere s where s.organization_id = o.id"
                    + " and s.sphere_code in (:spheres))");
            params.put("spheres", codes);
        }
        return new Where(sql.toString(), params, termsQuery(criteria));
    }

    /**
     * The same search as a query of {@code organization_search_terms} (V9), where that is
     * cheaper to count: for two or more of words, a sphere and a JST. There each word of
     * 4 or more letters is one exact entry (the index holds every prefix of 4 letters and
     * more of each word), a shorter one a prefix, a sphere or a sphere group one
     * {@code @code} entry (V9_1: an organisation has the entries of its spheres and of
     * their groups), and a JST one {@code #id} entry (V9_3: an organisation has the
     * entries of its gmina and of the units above it). A single word alone is counted
     * faster along the table (a common word's matches are dense: 0.5 ms instead of 1.6
     * for "sport" on the benchmark's database), a JST alone from the per-gmina counts;
     * null then.
     */
    static String termsQuery(DirectoryCriteria criteria) {
        List<String> words = SearchText.terms(criteria.q());
        List<String> parts = new ArrayList<>();
        for (String word : words) {
            parts.add(lexeme(word) + (word.length() < SEARCH_TERM_PREFIX ? ":*" : ""));
        }
        if (criteria.sphere() != null) {
            parts.add(lexeme("@" + criteria.sphere()));
        }
        if (criteria.jst() != null) {
            parts.add(lexeme("#" + criteria.jst()));
        }
        boolean wordOrJstAlone = parts.size() == 1 && criteria.sphere() == null;
        return parts.isEmpty() || wordOrJstAlone ? null : String.join(" & ", parts);
    }

    /** The shortest prefix kept in {@code organization_search_terms} (V9). */
    private static final int SEARCH_TERM_PREFIX = 4;

    private static String lexeme(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    private Set<Long> jstAndBelow(long jstId) {
        JstSummary jst = jsts.find(jstId).orElseThrow(() -> new InvalidCriteria("jst", "unknown JST"));
        return jst.type() == JstType.GMINA ? Set.of(jstId) : jsts.selfAndDescendants(jstId);
    }

    private static List<String> codes(ResultSet rs, int column) throws SQLException {
        Array array = rs.getArray(column);
        if (array == null) {
            return List.of();
        }
        try {
            return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).sorted().toList();
        }
        finally {
            array.free();
        }
    }

}
