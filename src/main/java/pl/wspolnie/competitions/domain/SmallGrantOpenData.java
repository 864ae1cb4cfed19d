package pl.wspolnie.competitions.domain;

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
import java.util.List;
import java.util.Map;

/**
 * What the public API and the data sets show of small grants (art. 19a): the offers
 * published for remarks and the decisions, as the small-grants page and the register show
 * them (organisation, task, amount, dates, decision with its reason). An offer waiting
 * for the judgement or judged not purposeful is never shown, nor are the remarks'
 * authors. The year of a small grant is the year of its offer (as in the register).
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SmallGrantOpenData {

    /**
     * A published small grant.
     *
     * @param status PUBLISHED (remarks, then waiting for the decision), AWARDED or
     * REFUSED
     */
    public record Grant(long offerId, long jstId, String title, String sphereCode, long organizationId,
            String organizationName, BigDecimal amount, LocalDate offerDate, LocalDate periodFrom, LocalDate periodTo,
            String status, LocalDate publishedOn, LocalDate remarksUntil, Instant decidedAt, String decisionReason,
            Instant changedAt) {
    }

    private static final String PUBLIC = " from small_grant g join offer o on o.id = g.offer_id"
            + " join organization z on z.id = g.organization_id"
            + " where g.published_on is not null and g.status in ('PUBLISHED', 'AWARDED', 'REFUSED')";

    private static final String FILTER = PUBLIC + " and (cast(:jst as bigint) is null or g.jst_id = :jst)"
            + " and g.offer_date >= cast(:from as date) and g.offer_date < cast(:until as date)";

    private static final String COLUMNS = "g.*, o.title, o.sphere_code, z.name organization_name,"
            + " greatest(g.judged_at, g.decided_at) changed_at";

    private static final String LATEST = "greatest(g.judged_at, g.decided_at)";

    private final JdbcClient jdbc;

    /** Published small grants, newest offer first. */
    public PublicRows<Grant> grants(Long jst, Integer year, int offset, int limit) {
        return PublicRows.page(jdbc, COLUMNS, FILTER, "g.offer_date desc, g.offer_id desc", LATEST,
                CompetitionOpenData.params(jst, year), offset, limit, SmallGrantOpenData::grant);
    }

    /** The register: the awarded small grants, by offer date (as the register page). */
    public PublicRows<Grant> register(Long jst, Integer year, int offset, int limit) {
        return PublicRows.page(jdbc, COLUMNS, FILTER + " and g.status = 'AWARDED'", "g.offer_date, g.offer_id", LATEST,
                CompetitionOpenData.params(jst, year), offset, limit, SmallGrantOpenData::grant);
    }

    /** One published small grant; 404 for one not published. */
    public Grant grant(long offerId) {
        return jdbc.sql("select " + COLUMNS + PUBLIC + " and g.offer_id = :id")
            .params(Map.of("id", offerId))
            .query(SmallGrantOpenData::grant)
            .optional()
            .orElseThrow(() -> new NotFound("small grant " + offerId));
    }

    /** The JSTs and years with published small grants (awarded: the register's). */
    public List<long[]> years(boolean awarded) {
        return jdbc
            .sql("select distinct g.jst_id, cast(extract(year from g.offer_date) as int)" + PUBLIC
                    + (awarded ? " and g.status = 'AWARDED'" : "") + " order by 1, 2")
            .query((rs, n) -> new long[] { rs.getLong(1), rs.getInt(2) })
            .list();
    }

    private static Grant grant(ResultSet rs, int n) throws SQLException {
        return new Grant(rs.getLong("offer_id"), rs.getLong("jst_id"), rs.getString("title"),
                rs.getString("sphere_code"), rs.getLong("organization_id"), rs.getString("organization_name"),
                rs.getBigDecimal("amount"), rs.getObject("offer_date", LocalDate.class),
                rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
                rs.getString("status"), rs.getObject("published_on", LocalDate.class),
                rs.getObject("remarks_until", LocalDate.class), ContractOpenData.instant(rs.getTimestamp("decided_at")),
                rs.getString("decision_reason"), ContractOpenData.instant(rs.getTimestamp("changed_at")));
    }

}
