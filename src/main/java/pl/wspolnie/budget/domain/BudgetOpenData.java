package pl.wspolnie.budget.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.shared.database.PublicRows;
import pl.wspolnie.shared.domain.NotFound;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the public API and the data sets show of the participatory budget: every edition
 * with its rules, timeline and pools; the submitted projects (their latest submitted
 * version) with where they stand after the review, as the project page shows it; and the
 * results only from the first day of the results phase (the count kept in
 * budget_published_results), with the SHA-256 of the anonymised ballot file. Never a
 * project's author, supporters or voters. The year of an edition is its budget year.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class BudgetOpenData {

    public record EditionRow(long id, long jstId, int year, String title, BigDecimal expenditure,
            String expenditureSource, int minAge, int choicesPerPool, int minVotes, List<PhaseDates> timeline,
            String phase, List<PoolRow> pools, boolean resultsPublic, Instant createdAt) {
    }

    public record PoolRow(long id, String name, boolean wholeJst, BigDecimal amount, int population) {
    }

    /**
     * A submitted project.
     *
     * @param standing where it stands after the review (FORMAL_PENDING, FORMAL_NEGATIVE,
     * MERIT_PENDING, MERIT_NEGATIVE, CONFLICT_OPEN, CONFLICT_LEFT_OUT, ON_BALLOT)
     * @param ballotCost the cost on the ballot (the merit review's corrected cost when it
     * fits the pool)
     */
    public record ProjectRow(long id, long editionId, long jstId, int year, long poolId, String poolName, String title,
            String description, String location, BigDecimal costTotal, int version, Instant submittedAt,
            String standing, BigDecimal ballotCost) {
    }

    /** The results of an edition once public, with when they were first counted. */
    public record Published(Results.Count count, Instant publishedAt) {
    }

    private static final String EDITIONS = " from budget_edition e where (cast(:jst as bigint) is null"
            + " or e.jst_id = :jst) and (cast(:year as int) is null or e.year = :year)";

    private static final String PROJECTS = " from budget_project p join budget_edition e on e.id = p.edition_id"
            + " join budget_project_version v on v.project_id = p.id and v.number = p.submitted_versions"
            + " join budget_pool pool on pool.id = v.pool_id"
            + " left join budget_project_standing s on s.project_id = p.id"
            + " where p.submitted_versions > 0 and (cast(:jst as bigint) is null or e.jst_id = :jst)"
            + " and (cast(:year as int) is null or e.year = :year)";

    private static final String PROJECT_COLUMNS = "p.id, p.edition_id, e.jst_id, e.year, v.pool_id, pool.name pool_name,"
            + " v.title, v.description, v.location, v.cost_total, v.number, v.submitted_at, s.standing, s.cost";

    private final JdbcClient jdbc;

    private final Results results;

    private final Clock clock;

    /** Editions, the latest year first. */
    public PublicRows<EditionRow> editions(Long jst, Integer year, int offset, int limit) {
        LocalDate today = LocalDate.now(clock);
        PublicRows<EditionRow> page = PublicRows.page(jdbc, "e.*", EDITIONS, "e.year desc, e.id desc",
                "cast(null as timestamptz)", PublicRows.jstYear(jst, year), offset, limit,
                (rs, n) -> edition(rs, today));
        return new PublicRows<>(withPools(page.rows()), page.total(), null);
    }

    /** One edition; 404 for an unknown one. */
    public EditionRow edition(long id) {
        LocalDate today = LocalDate.now(clock);
        List<EditionRow> found = jdbc.sql("select e.* from budget_edition e where e.id = :id")
            .param("id", id)
            .query((rs, n) -> edition(rs, today))
            .list();
        if (found.isEmpty()) {
            throw new NotFound("budget edition " + id);
        }
        return withPools(found).get(0);
    }

    /** Submitted projects, by edition and title. */
    public PublicRows<ProjectRow> projects(Long jst, Integer year, int offset, int limit) {
        return PublicRows.page(jdbc, PROJECT_COLUMNS, PROJECTS, "e.year desc, p.edition_id, lower(v.title), p.id",
                "v.submitted_at", PublicRows.jstYear(jst, year), offset, limit, BudgetOpenData::project);
    }

    /** One submitted project; 404 for a draft or an unknown one. */
    public ProjectRow project(long id) {
        Map<String, Object> params = PublicRows.jstYear(null, null);
        params.put("id", id);
        return jdbc.sql("select " + PROJECT_COLUMNS + PROJECTS + " and p.id = :id")
            .params(params)
            .query(BudgetOpenData::project)
            .optional()
            .orElseThrow(() -> new NotFound("budget project " + id));
    }

    /** The results of an edition; 404 before the results phase. */
    public Published results(long editionId) {
        Results.Count count = results.of(editionId);
        Instant at = jdbc.sql("select published_at from budget_published_results where edition_id = :id")
            .param("id", editionId)
            .query(Instant.class)
            .optional()
            .orElse(null);
        return new Published(count, at);
    }

    /** The JSTs and years of editions (with submitted projects: projects). */
    public List<long[]> years(boolean projects) {
        return jdbc
            .sql("select distinct e.jst_id, e.year from budget_edition e"
                    + (projects ? " where exists (select 1 from budget_project p where p.edition_id = e.id"
                            + " and p.submitted_versions > 0)" : "")
                    + " order by 1, 2")
            .query((rs, n) -> new long[] { rs.getLong(1), rs.getInt(2) })
            .list();
    }

    /** The JSTs and years of editions whose results are public. */
    public List<long[]> resultYears() {
        return jdbc
            .sql("select distinct e.jst_id, e.year from budget_edition e where e.results_from <= :today"
                    + " order by 1, 2")
            .param("today", LocalDate.now(clock))
            .query((rs, n) -> new long[] { rs.getLong(1), rs.getInt(2) })
            .list();
    }

    private List<EditionRow> withPools(List<EditionRow> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<PoolRow>> pools = new HashMap<>();
        jdbc.sql("select * from budget_pool where edition_id in (:ids) order by edition_id, whole_jst desc, name")
            .param("ids", rows.stream().map(EditionRow::id).toList())
            .query((rs, n) -> pools.computeIfAbsent(rs.getLong("edition_id"), k -> new ArrayList<>())
                .add(new PoolRow(rs.getLong("id"), rs.getString("name"), rs.getBoolean("whole_jst"),
                        rs.getBigDecimal("amount"), rs.getInt("population"))))
            .list();
        return rows.stream()
            .map(e -> new EditionRow(e.id(), e.jstId(), e.year(), e.title(), e.expenditure(), e.expenditureSource(),
                    e.minAge(), e.choicesPerPool(), e.minVotes(), e.timeline(), e.phase(),
                    pools.getOrDefault(e.id(), List.of()), e.resultsPublic(), e.createdAt()))
            .toList();
    }

    private static EditionRow edition(ResultSet rs, LocalDate today) throws SQLException {
        List<PhaseDates> timeline = new ArrayList<>();
        String phase = null;
        for (Phase p : Phase.values()) {
            String column = p.name().toLowerCase();
            PhaseDates dates = new PhaseDates(p, rs.getObject(column + "_from", LocalDate.class),
                    rs.getObject(column + "_to", LocalDate.class));
            timeline.add(dates);
            if (dates.contains(today)) {
                phase = p.name();
            }
        }
        LocalDate resultsFrom = rs.getObject("results_from", LocalDate.class);
        return new EditionRow(rs.getLong("id"), rs.getLong("jst_id"), rs.getInt("year"), rs.getString("title"),
                rs.getBigDecimal("expenditure"), rs.getString("expenditure_source"), rs.getInt("min_age"),
                rs.getInt("choices_per_pool"), rs.getInt("min_votes"), timeline, phase, List.of(),
                !today.isBefore(resultsFrom), instant(rs.getTimestamp("created_at")));
    }

    private static ProjectRow project(ResultSet rs, int n) throws SQLException {
        return new ProjectRow(rs.getLong("id"), rs.getLong("edition_id"), rs.getLong("jst_id"), rs.getInt("year"),
                rs.getLong("pool_id"), rs.getString("pool_name"), rs.getString("title"), rs.getString("description"),
                rs.getString("location"), rs.getBigDecimal("cost_total"), rs.getInt("number"),
                instant(rs.getTimestamp("submitted_at")), rs.getString("standing"), rs.getBigDecimal("cost"));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

}
