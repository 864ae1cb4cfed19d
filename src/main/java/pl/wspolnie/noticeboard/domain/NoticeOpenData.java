package pl.wspolnie.noticeboard.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.shared.database.PublicRows;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the public API and the data sets show of the notice board: published notices (a
 * pending or rejected one never), expired ones too, as their pages stay public. The year
 * of a notice is the year it was posted (Europe/Warsaw).
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class NoticeOpenData {

    public record Item(long id, String kind, long jstId, Long organizationId, String title, String description,
            LocalDate expiresOn, String link, String funder, LocalDate deadline, BigDecimal amountMin,
            BigDecimal amountMax, BigDecimal cofinancingPercent, String place, String when, Integer volunteersNeeded,
            Instant postedAt) {
    }

    /** The JSTs and years with published notices. */
    public List<long[]> years() {
        return jdbc
            .sql("select distinct jst_id, cast(extract(year from created_at at time zone 'Europe/Warsaw') as int)"
                    + " from notice where status = 'PUBLISHED' order by 1, 2")
            .query((rs, n) -> new long[] { rs.getLong(1), rs.getInt(2) })
            .list();
    }

    private static final String FILTER = " from notice n where n.status = 'PUBLISHED'"
            + " and (cast(:jst as bigint) is null or n.jst_id = :jst) and n.created_at >= :from and n.created_at < :until";

    private final JdbcClient jdbc;

    /** Published notices, newest first; from and until bound the posting time. */
    public PublicRows<Item> notices(Long jst, Instant from, Instant until, int offset, int limit) {
        return PublicRows.page(jdbc, "n.*", FILTER, "n.created_at desc, n.id desc",
                "greatest(n.created_at, n.moderated_at)", PublicRows.filter(jst, from, until), offset, limit,
                NoticeOpenData::item);
    }

    private static Item item(ResultSet rs, int n) throws SQLException {
        long org = rs.getLong("organization_id");
        Long organizationId = rs.wasNull() ? null : org;
        int volunteers = rs.getInt("volunteers_needed");
        Integer volunteersNeeded = rs.wasNull() ? null : volunteers;
        return new Item(rs.getLong("id"), rs.getString("kind"), rs.getLong("jst_id"), organizationId,
                rs.getString("title"), rs.getString("description"), rs.getObject("expires_on", LocalDate.class),
                rs.getString("link"), rs.getString("funder"), rs.getObject("deadline", LocalDate.class),
                rs.getBigDecimal("amount_min"), rs.getBigDecimal("amount_max"), rs.getBigDecimal("cofinancing_percent"),
                rs.getString("place"), rs.getString("when_text"), volunteersNeeded,
                rs.getTimestamp("created_at").toInstant());
    }

}
