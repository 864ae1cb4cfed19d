package pl.wspolnie.council.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.shared.database.PublicRows;
import pl.wspolnie.shared.domain.NotFound;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * What the public API and the data sets show of the councils for public benefit: the
 * requests for opinion as the council's page lists them (subject, dates, status as of
 * today, the consultation) and the opinion once given. The year of a request is the year
 * it was made (Europe/Warsaw).
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CouncilOpenData {

    /**
     * A request for opinion.
     *
     * @param status REQUESTED, GIVEN, LAPSED (no opinion within the deadline) or
     * WITHDRAWN
     * @param opinion the council's opinion, null unless GIVEN
     */
    public record Opinion(long id, long jstId, String subject, Long consultationId, Instant requestedAt,
            Instant deliveredAt, LocalDate deadline, String status, String opinion, Instant decidedAt) {

        public Instant changedAt() {
            return decidedAt != null && decidedAt.isAfter(requestedAt) ? decidedAt : requestedAt;
        }
    }

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    private static final String FILTER = " from council_opinion_request o where (cast(:jst as bigint) is null"
            + " or o.jst_id = :jst) and o.requested_at >= :from and o.requested_at < :until";

    private final JdbcClient jdbc;

    private final Clock clock;

    /** Requests for opinion, newest first; from and until bound the request time. */
    public PublicRows<Opinion> opinions(Long jst, Instant from, Instant until, int offset, int limit) {
        LocalDate today = LocalDate.now(clock.withZone(WARSAW));
        return PublicRows.page(jdbc, "o.*", FILTER, "o.requested_at desc, o.id desc",
                "greatest(o.requested_at, o.decided_at)", PublicRows.filter(jst, from, until), offset, limit,
                (rs, n) -> opinion(rs, today));
    }

    /** One request for opinion; 404 for an unknown one. */
    public Opinion opinion(long id) {
        LocalDate today = LocalDate.now(clock.withZone(WARSAW));
        return jdbc.sql("select o.* from council_opinion_request o where o.id = :id")
            .params(Map.of("id", id))
            .query((rs, n) -> opinion(rs, today))
            .optional()
            .orElseThrow(() -> new NotFound("opinion request " + id));
    }

    /** The JSTs and years with requests for opinion. */
    public List<long[]> years() {
        return jdbc
            .sql("select distinct jst_id, cast(extract(year from requested_at at time zone 'Europe/Warsaw') as int)"
                    + " from council_opinion_request order by 1, 2")
            .query((rs, n) -> new long[] { rs.getLong(1), rs.getInt(2) })
            .list();
    }

    private static Opinion opinion(ResultSet rs, LocalDate today) throws SQLException {
        String status = rs.getString("status");
        LocalDate deadline = rs.getObject("deadline", LocalDate.class);
        if ("REQUESTED".equals(status) && today.isAfter(deadline)) {
            status = "LAPSED";
        }
        long consultation = rs.getLong("consultation_id");
        Long consultationId = rs.wasNull() ? null : consultation;
        return new Opinion(rs.getLong("id"), rs.getLong("jst_id"), rs.getString("subject"), consultationId,
                instant(rs.getTimestamp("requested_at")), instant(rs.getTimestamp("delivered_at")), deadline, status,
                "GIVEN".equals(status) ? rs.getString("opinion") : null, instant(rs.getTimestamp("decided_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

}
