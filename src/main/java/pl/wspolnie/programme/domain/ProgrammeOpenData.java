package pl.wspolnie.programme.domain;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the public API and the data sets show of the cooperation programmes: adopted
 * programmes (a draft never) with their priority tasks and indicators, and the yearly
 * implementation reports once published, with the figures frozen at publication. A
 * programme belongs to every year it covers.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ProgrammeOpenData {

    public record Adopted(long id, long jstId, String title, int yearFrom, int yearTo, String resolutionNumber,
            LocalDate resolutionDate, Long consultationId, Map<String, String> parts, List<Task> tasks,
            List<Indicator> indicators) {
    }

    public record Task(long id, String sphereCode, String description, BigDecimal plannedFunds) {
    }

    public record Indicator(long id, String name, String target) {
    }

    /** A published yearly report with its frozen figures. */
    public record Report(long jstId, int year, String narrative, Instant publishedAt, ProgrammeWork.Figures figures) {
    }

    private static final String[] PARTS = { "goals", "principles", "scope", "forms", "period", "implementation",
            "funds", "evaluation", "creation", "commissions" };

    private static final String PUBLIC = " from programme p where p.status = 'ADOPTED'";

    private static final String FILTER = PUBLIC + " and (cast(:jst as bigint) is null or p.jst_id = :jst)"
            + " and (cast(:year as int) is null or cast(:year as int) between p.year_from and p.year_to)";

    private static final String REPORTS = " from programme_report r where r.published_at is not null"
            + " and (cast(:jst as bigint) is null or r.jst_id = :jst) and (cast(:year as int) is null or r.year = :year)";

    private final JdbcClient jdbc;

    private final ProgrammeWork work;

    /** Adopted programmes, the latest years first. */
    public PublicRows<Adopted> programmes(Long jst, Integer year, int offset, int limit) {
        PublicRows<Adopted> page = PublicRows.page(jdbc, "p.*", FILTER, "p.year_from desc, p.id desc",
                "cast(null as timestamptz)", PublicRows.jstYear(jst, year), offset, limit, ProgrammeOpenData::adopted);
        return new PublicRows<>(withRows(page.rows()), page.total(), null);
    }

    /** One adopted programme; 404 for a draft. */
    public Adopted programme(long id) {
        List<Adopted> found = jdbc.sql("select p.*" + PUBLIC + " and p.id = :id")
            .param("id", id)
            .query(ProgrammeOpenData::adopted)
            .list();
        if (found.isEmpty()) {
            throw new NotFound("programme " + id);
        }
        return withRows(found).get(0);
    }

    /** Published yearly reports, the latest year first. */
    public PublicRows<Report> reports(Long jst, Integer year, int offset, int limit) {
        PublicRows<long[]> page = PublicRows.page(jdbc, "r.jst_id, r.year", REPORTS, "r.year desc, r.jst_id",
                "r.published_at", PublicRows.jstYear(jst, year), offset, limit,
                (rs, n) -> new long[] { rs.getLong(1), rs.getInt(2) });
        return new PublicRows<>(page.rows().stream().map(r -> report(r[0], (int) r[1])).toList(), page.total(),
                page.changedAt());
    }

    /** The published report of a JST and year; 404 before it is published. */
    public Report report(long jst, int year) {
        Instant at = jdbc
            .sql("select published_at from programme_report where jst_id = :jst and year = :year"
                    + " and published_at is not null")
            .param("jst", jst)
            .param("year", year)
            .query(Instant.class)
            .optional()
            .orElseThrow(() -> new NotFound("report " + jst + "/" + year));
        ProgrammeWork.Report r = work.report(jst, year);
        return new Report(jst, year, r.narrative(), at, r.figures());
    }

    /** The JSTs and years of adopted programmes (each year they cover). */
    public List<long[]> years() {
        return jdbc
            .sql("select distinct p.jst_id, y from programme p, generate_series(p.year_from, p.year_to) y"
                    + " where p.status = 'ADOPTED' order by 1, 2")
            .query((rs, n) -> new long[] { rs.getLong(1), rs.getInt(2) })
            .list();
    }

    /** The JSTs and years of published reports. */
    public List<long[]> reportYears() {
        return jdbc.sql("select jst_id, year from programme_report where published_at is not null order by 1, 2")
            .query((rs, n) -> new long[] { rs.getLong(1), rs.getInt(2) })
            .list();
    }

    private List<Adopted> withRows(List<Adopted> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        List<Long> ids = rows.stream().map(Adopted::id).toList();
        Map<Long, List<Task>> tasks = new HashMap<>();
        jdbc.sql("select * from programme_task where programme_id in (:ids) order by programme_id, id")
            .param("ids", ids)
            .query((rs, n) -> tasks.computeIfAbsent(rs.getLong("programme_id"), k -> new ArrayList<>())
                .add(new Task(rs.getLong("id"), rs.getString("sphere_code"), rs.getString("description"),
                        rs.getBigDecimal("planned_funds"))))
            .list();
        Map<Long, List<Indicator>> indicators = new HashMap<>();
        jdbc.sql("select * from programme_indicator where programme_id in (:ids) order by programme_id, id")
            .param("ids", ids)
            .query((rs, n) -> indicators.computeIfAbsent(rs.getLong("programme_id"), k -> new ArrayList<>())
                .add(new Indicator(rs.getLong("id"), rs.getString("name"), rs.getString("target"))))
            .list();
        return rows.stream()
            .map(p -> new Adopted(p.id(), p.jstId(), p.title(), p.yearFrom(), p.yearTo(), p.resolutionNumber(),
                    p.resolutionDate(), p.consultationId(), p.parts(), tasks.getOrDefault(p.id(), List.of()),
                    indicators.getOrDefault(p.id(), List.of())))
            .toList();
    }

    private static Adopted adopted(ResultSet rs, int n) throws SQLException {
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : PARTS) {
            parts.put(part, rs.getString(part));
        }
        long consultation = rs.getLong("consultation_id");
        Long consultationId = rs.wasNull() ? null : consultation;
        return new Adopted(rs.getLong("id"), rs.getLong("jst_id"), rs.getString("title"), rs.getInt("year_from"),
                rs.getInt("year_to"), rs.getString("resolution_number"),
                rs.getObject("resolution_date", LocalDate.class), consultationId, parts, List.of(), List.of());
    }

}
