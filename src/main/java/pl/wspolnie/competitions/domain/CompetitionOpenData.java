package pl.wspolnie.competitions.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.shared.database.PublicRows;
import pl.wspolnie.shared.domain.NotFound;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the public API and the data sets show of competitions: the same as the public
 * pages. A competition appears once published (a draft never); its results only once the
 * executive decided them (an annulled competition has none). The year of a competition is
 * the year its task period starts (as in the yearly figures).
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CompetitionOpenData {

    /** A published competition: the announcement. */
    public record Announcement(long id, long jstId, String title, String description, String mode, LocalDate periodFrom,
            LocalDate periodTo, Instant offerDeadline, BigDecimal minGrant, BigDecimal maxGrant,
            BigDecimal minOwnContributionPct, String conditions, Instant publishedAt, Instant decidedAt,
            Instant annulledAt, String annulmentReason, List<Task> tasks) {

        public Instant changedAt() {
            return latest(publishedAt, decidedAt, annulledAt);
        }
    }

    public record Task(long id, int position, String name, String sphereCode, BigDecimal funds) {
    }

    /**
     * One decided offer: organisations, task and amount (zero for an offer not funded).
     */
    public record Result(long competitionId, long jstId, String competitionTitle, long offerId, String offerTitle,
            Long taskId, String taskName, List<Long> organizationIds, List<String> organizationNames, BigDecimal amount,
            Instant decidedAt) {
    }

    private static final String PUBLIC = " from competition c where c.published_at is not null"
            + " and c.status in ('PUBLISHED', 'ANNULLED') and (cast(:jst as bigint) is null or c.jst_id = :jst)"
            + " and c.period_from >= cast(:from as date) and c.period_from < cast(:until as date)";

    private static final String RESULTS = " from competition_award a join competition c on c.id = a.competition_id"
            + " join offer o on o.id = a.offer_id left join competition_task t on t.id = o.task_id"
            + " where c.decided_at is not null and c.status = 'PUBLISHED'"
            + " and (cast(:jst as bigint) is null or c.jst_id = :jst)"
            + " and c.period_from >= cast(:from as date) and c.period_from < cast(:until as date)";

    private final JdbcClient jdbc;

    /** Published competitions, newest first. */
    public PublicRows<Announcement> competitions(Long jst, Integer year, int offset, int limit) {
        Map<String, Object> params = params(jst, year);
        List<Announcement> rows = jdbc
            .sql("select c.*" + PUBLIC + " order by c.published_at desc, c.id desc limit :limit offset :offset")
            .params(params)
            .param("limit", limit)
            .param("offset", offset)
            .query((rs, n) -> announcement(rs, List.of()))
            .list();
        return PublicRows.of(jdbc, "greatest(c.published_at, c.decided_at, c.annulled_at)", PUBLIC, params,
                withTasks(rows));
    }

    /** One published competition; 404 for a draft or an unknown id. */
    public Announcement competition(long id) {
        List<Announcement> found = jdbc
            .sql("select c.* from competition c where c.id = :id and c.published_at is not null"
                    + " and c.status in ('PUBLISHED', 'ANNULLED')")
            .param("id", id)
            .query((rs, n) -> announcement(rs, List.of()))
            .list();
        if (found.isEmpty()) {
            throw new NotFound("competition " + id);
        }
        return withTasks(found).get(0);
    }

    /**
     * The results of one competition, largest amount first; 404 before the executive
     * decided them (or for an annulled or unpublished competition).
     */
    public List<Result> resultsOf(long competitionId) {
        Announcement c = competition(competitionId);
        if (c.decidedAt() == null || c.annulledAt() != null) {
            throw new NotFound("results of competition " + competitionId);
        }
        return jdbc.sql(resultSelect() + RESULTS + " and c.id = :id order by a.amount desc, o.id")
            .params(params(null, null))
            .param("id", competitionId)
            .query(CompetitionOpenData::result)
            .list();
    }

    /** The decided results of every competition (of a JST, of a year), by competition. */
    public PublicRows<Result> results(Long jst, Integer year, int offset, int limit) {
        Map<String, Object> params = params(jst, year);
        List<Result> rows = jdbc
            .sql(resultSelect() + RESULTS + " order by c.decided_at desc, c.id desc, a.amount desc, o.id"
                    + " limit :limit offset :offset")
            .params(params)
            .param("limit", limit)
            .param("offset", offset)
            .query(CompetitionOpenData::result)
            .list();
        return PublicRows.of(jdbc, "c.decided_at", RESULTS, params, rows);
    }

    /** The JSTs and years with published competitions (results: decided ones). */
    public List<long[]> years(boolean decided) {
        return jdbc.sql("select distinct c.jst_id, cast(extract(year from c.period_from) as int) y from competition c"
                + " where c.published_at is not null and c.status "
                + (decided ? "= 'PUBLISHED' and c.decided_at is not null and exists (select 1 from competition_award a"
                        + " where a.competition_id = c.id)" : "in ('PUBLISHED', 'ANNULLED')")
                + " order by 1, 2")
            .query((rs, n) -> new long[] { rs.getLong(1), rs.getInt(2) })
            .list();
    }

    private static String resultSelect() {
        return "select c.id competition_id, c.jst_id, c.title competition_title, o.id offer_id, o.title offer_title,"
                + " t.id task_id, t.name task_name, a.amount, c.decided_at,"
                + " array(select g.id from offer_organization oo join organization g on g.id = oo.organization_id"
                + "   where oo.offer_id = o.id order by g.name, g.id) org_ids,"
                + " array(select g.name from offer_organization oo join organization g on g.id = oo.organization_id"
                + "   where oo.offer_id = o.id order by g.name, g.id) org_names";
    }

    private List<Announcement> withTasks(List<Announcement> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<Task>> tasks = new HashMap<>();
        jdbc.sql("select * from competition_task where competition_id in (:ids) order by competition_id, position")
            .param("ids", rows.stream().map(Announcement::id).toList())
            .query((rs, n) -> {
                tasks.computeIfAbsent(rs.getLong("competition_id"), k -> new ArrayList<>())
                    .add(new Task(rs.getLong("id"), rs.getInt("position"), rs.getString("name"),
                            rs.getString("sphere_code"), rs.getBigDecimal("funds")));
                return null;
            })
            .list();
        return rows.stream()
            .map(a -> new Announcement(a.id(), a.jstId(), a.title(), a.description(), a.mode(), a.periodFrom(),
                    a.periodTo(), a.offerDeadline(), a.minGrant(), a.maxGrant(), a.minOwnContributionPct(),
                    a.conditions(), a.publishedAt(), a.decidedAt(), a.annulledAt(), a.annulmentReason(),
                    tasks.getOrDefault(a.id(), List.of())))
            .toList();
    }

    private static Announcement announcement(ResultSet rs, List<Task> tasks) throws SQLException {
        return new Announcement(rs.getLong("id"), rs.getLong("jst_id"), rs.getString("title"),
                rs.getString("description"), rs.getString("mode"), rs.getObject("period_from", LocalDate.class),
                rs.getObject("period_to", LocalDate.class), instant(rs.getTimestamp("offer_deadline")),
                rs.getBigDecimal("min_grant"), rs.getBigDecimal("max_grant"),
                rs.getBigDecimal("min_own_contribution_pct"), rs.getString("conditions"),
                instant(rs.getTimestamp("published_at")), instant(rs.getTimestamp("decided_at")),
                instant(rs.getTimestamp("annulled_at")), rs.getString("annulment_reason"), tasks);
    }

    private static Result result(ResultSet rs, int n) throws SQLException {
        long taskId = rs.getLong("task_id");
        return new Result(rs.getLong("competition_id"), rs.getLong("jst_id"), rs.getString("competition_title"),
                rs.getLong("offer_id"), rs.getString("offer_title"), rs.wasNull() ? null : taskId,
                rs.getString("task_name"), Arrays.asList((Long[]) array(rs.getArray("org_ids"))),
                Arrays.asList((String[]) array(rs.getArray("org_names"))), rs.getBigDecimal("amount"),
                instant(rs.getTimestamp("decided_at")));
    }

    private static Object array(Array array) throws SQLException {
        return array.getArray();
    }

    static Map<String, Object> params(Long jst, Integer year) {
        Map<String, Object> params = new HashMap<>();
        params.put("jst", jst);
        params.put("from", year == null ? LocalDate.of(1900, 1, 1) : LocalDate.of(year, 1, 1));
        params.put("until", year == null ? LocalDate.of(9999, 1, 1) : LocalDate.of(year + 1, 1, 1));
        return params;
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return value instanceof Instant i ? i : null;
    }

    static Instant latest(Instant... times) {
        Instant latest = null;
        for (Instant t : times) {
            if (t != null && (latest == null || t.isAfter(latest))) {
                latest = t;
            }
        }
        return latest;
    }

}
