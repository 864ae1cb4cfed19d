package pl.wspolnie.competitions.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

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
import java.util.Arrays;
import java.util.List;

/**
 * What the public API and the data sets show of the grant contracts of competitions and
 * of small grants: the public money spent, as the results and the register already show
 * it (organisations, task, amount) with the contract's dates and the settlement totals of
 * the accepted final report (the amount to return; the rest is the settled grant). Never
 * the contract's number, the bank account, the representatives, the reports' content or a
 * report not accepted. The year of a contract is the year its period starts.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ContractOpenData {

    /**
     * A signed contract of a decided competition.
     *
     * @param settledAt when the final report was accepted, null while not settled
     * @param toReturn the grant to return (unused, above the share), null while not
     * settled
     * @param settledAmount the grant spent as settled (grant minus what is returned),
     * null while not settled
     */
    public record Contract(long offerId, long competitionId, long jstId, String competitionTitle, String offerTitle,
            Long taskId, String taskName, List<Long> organizationIds, List<String> organizationNames,
            LocalDate signedOn, LocalDate periodFrom, LocalDate periodTo, BigDecimal grantAmount, Instant settledAt,
            BigDecimal unusedGrant, BigDecimal toReturn, BigDecimal settledAmount, Instant changedAt) {
    }

    private static final String PUBLIC = " from competition_contract k join competition c on c.id = k.competition_id"
            + " join offer o on o.id = k.offer_id left join competition_task t on t.id = o.task_id"
            + " left join competition_report r on r.offer_id = k.offer_id and r.kind = 'FINAL' and r.status = 'ACCEPTED'"
            + " where c.published_at is not null and c.decided_at is not null and c.status = 'PUBLISHED'";

    private static final String FILTER = PUBLIC + " and (cast(:jst as bigint) is null or k.jst_id = :jst)"
            + " and k.period_from >= cast(:from as date) and k.period_from < cast(:until as date)";

    private static final String COLUMNS = "k.offer_id, k.competition_id, k.jst_id, c.title competition_title,"
            + " o.title offer_title, t.id task_id, t.name task_name, k.signed_on, k.period_from, k.period_to,"
            + " k.grant_amount, r.decided_at settled_at, r.unused_grant, r.to_return,"
            + " greatest(k.recorded_at, r.decided_at) changed_at,"
            + " array(select g.id from offer_organization oo join organization g on g.id = oo.organization_id"
            + "   where oo.offer_id = o.id order by g.name, g.id) org_ids,"
            + " array(select g.name from offer_organization oo join organization g on g.id = oo.organization_id"
            + "   where oo.offer_id = o.id order by g.name, g.id) org_names";

    private final JdbcClient jdbc;

    /** Signed contracts, newest signed first. */
    public PublicRows<Contract> contracts(Long jst, Integer year, int offset, int limit) {
        return PublicRows.page(jdbc, COLUMNS, FILTER, "k.signed_on desc, k.offer_id desc",
                "greatest(k.recorded_at, r.decided_at)", CompetitionOpenData.params(jst, year), offset, limit,
                ContractOpenData::contract);
    }

    /** One contract (by its offer's id); 404 for none. */
    public Contract contract(long offerId) {
        return jdbc.sql("select " + COLUMNS + PUBLIC + " and k.offer_id = :id")
            .param("id", offerId)
            .query(ContractOpenData::contract)
            .optional()
            .orElseThrow(() -> new NotFound("contract " + offerId));
    }

    /** The JSTs and years with signed contracts. */
    public List<long[]> years() {
        return jdbc
            .sql("select distinct k.jst_id, cast(extract(year from k.period_from) as int)" + PUBLIC + " order by 1, 2")
            .query((rs, n) -> new long[] { rs.getLong(1), rs.getInt(2) })
            .list();
    }

    private static Contract contract(ResultSet rs, int n) throws SQLException {
        long taskId = rs.getLong("task_id");
        Long task = rs.wasNull() ? null : taskId;
        BigDecimal grant = rs.getBigDecimal("grant_amount");
        Instant settledAt = instant(rs.getTimestamp("settled_at"));
        BigDecimal toReturn = settledAt == null ? null
                : rs.getBigDecimal("to_return") == null ? BigDecimal.ZERO.setScale(2) : rs.getBigDecimal("to_return");
        return new Contract(rs.getLong("offer_id"), rs.getLong("competition_id"), rs.getLong("jst_id"),
                rs.getString("competition_title"), rs.getString("offer_title"), task, rs.getString("task_name"),
                Arrays.asList((Long[]) array(rs.getArray("org_ids"))),
                Arrays.asList((String[]) array(rs.getArray("org_names"))), rs.getObject("signed_on", LocalDate.class),
                rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class), grant,
                settledAt, settledAt == null ? null : rs.getBigDecimal("unused_grant"), toReturn,
                settledAt == null ? null : grant.subtract(toReturn), instant(rs.getTimestamp("changed_at")));
    }

    private static Object array(Array array) throws SQLException {
        return array.getArray();
    }

    static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

}
