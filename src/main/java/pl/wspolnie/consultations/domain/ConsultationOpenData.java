package pl.wspolnie.consultations.domain;

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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import pl.wspolnie.shared.time.ClockConfig;

/**
 * What the public API and the data sets show of consultations: the same as the public
 * pages. Every consultation and every version of its draft is public. Its remarks are
 * public while it runs only when the consultation says so (remarks_public); once it is
 * closed the report lists every remark with its answer, and names a person only when the
 * remarks are public (an organisation always). The year of a consultation is the year it
 * starts.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ConsultationOpenData {

    public record Summary(long id, long jstId, String subject, String legalBasis, String participation, String forms,
            LocalDate startsOn, LocalDate endsOn, ConsultationStatus status, boolean remarksPublic, int currentVersion,
            Instant closedAt, Instant changedAt) {
    }

    public record Item(long id, int position, String kind, String label, String body) {
    }

    /**
     * A public remark: {@code author} is the organisation, or the person when the remarks
     * are public, else null.
     */
    public record PublicRemark(long id, Long itemId, String author, String source, String proposal,
            String justification, Instant createdAt, String decision, String answer, Instant answeredAt) {
    }

    public record Report(Summary consultation, String conclusions, long remarks, long participants, long organisations,
            Map<String, Long> decisions) {
    }

    private static final String FILTER = " from consultation c where (cast(:jst as bigint) is null or c.jst_id = :jst)"
            + " and c.starts_on >= cast(:from as date) and c.starts_on < cast(:until as date)";

    private static final String SUMMARY = "select c.*, greatest(c.created_at, c.closed_at, (select max("
            + "greatest(r.updated_at, a.answered_at)) from consultation_remark r left join consultation_answer a"
            + " on a.id = r.answer_id where r.consultation_id = c.id)) changed_at";

    private final JdbcClient jdbc;

    private final Clock clock;

    /**
     * Consultations, latest start first. Without a Last-Modified: a consultation's status
     * moves with the date, not only with a change of its records.
     */
    public PublicRows<Summary> consultations(Long jst, Integer year, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("jst", jst);
        params.put("from", year == null ? LocalDate.of(1900, 1, 1) : LocalDate.of(year, 1, 1));
        params.put("until", year == null ? LocalDate.of(9999, 1, 1) : LocalDate.of(year + 1, 1, 1));
        long total = jdbc.sql("select count(*)" + FILTER).params(params).query(Long.class).single();
        List<Summary> rows = jdbc
            .sql(SUMMARY + FILTER + " order by c.starts_on desc, c.id desc limit :limit offset :offset")
            .params(params)
            .param("limit", limit)
            .param("offset", offset)
            .query(this::summary)
            .list();
        return new PublicRows<>(rows, total, null);
    }

    public Summary consultation(long id) {
        return jdbc.sql(SUMMARY + " from consultation c where c.id = :id")
            .param("id", id)
            .query(this::summary)
            .optional()
            .orElseThrow(() -> new NotFound("consultation " + id));
    }

    /**
     * The draft of one version (1 is the consulted one); 404 for a version not published.
     */
    public List<Item> draft(long consultationId, int version) {
        Summary c = consultation(consultationId);
        if (version < 1 || version > c.currentVersion()) {
            throw new NotFound("version " + version + " of consultation " + consultationId);
        }
        return jdbc
            .sql("select * from consultation_item where consultation_id = :id and draft_version = :v order by position")
            .param("id", consultationId)
            .param("v", version)
            .query((rs, n) -> new Item(rs.getLong("id"), rs.getInt("position"), rs.getString("kind"),
                    rs.getString("label"), rs.getString("body")))
            .list();
    }

    /**
     * The remarks the public may read, oldest first: all when the remarks are public or
     * the consultation is closed, none otherwise.
     */
    public PublicRows<PublicRemark> remarks(long consultationId, int offset, int limit) {
        Summary c = consultation(consultationId);
        if (!c.remarksPublic() && c.status() != ConsultationStatus.CLOSED) {
            return new PublicRows<>(List.of(), 0, c.changedAt());
        }
        long total = jdbc.sql("select count(*) from consultation_remark where consultation_id = :id")
            .param("id", consultationId)
            .query(Long.class)
            .single();
        List<PublicRemark> rows = jdbc
            .sql("select r.*, a.decision, a.justification answer, a.answered_at"
                    + " from consultation_remark r left join consultation_answer a on a.id = r.answer_id"
                    + " where r.consultation_id = :id order by r.created_at, r.id limit :limit offset :offset")
            .param("id", consultationId)
            .param("limit", limit)
            .param("offset", offset)
            .query((rs, n) -> remark(rs, c.remarksPublic()))
            .list();
        return new PublicRows<>(rows, total, c.changedAt());
    }

    /** A public remark with the consultation it was made in, for the remarks data set. */
    public record RemarkRow(long consultationId, String subject, PublicRemark remark) {
    }

    /**
     * The remarks the public may read in the consultations of one JST that start in one
     * year, by consultation and then oldest first: the same rule as {@link #remarks}
     * (public remarks, or every remark once the consultation is closed; a person named
     * only when the remarks are public). One statement.
     */
    public List<RemarkRow> remarksOfYear(long jst, int year, int limit) {
        return jdbc.sql("select r.*, a.decision, a.justification answer, a.answered_at, c.subject, c.remarks_public"
                + " from consultation c join consultation_remark r on r.consultation_id = c.id"
                + " left join consultation_answer a on a.id = r.answer_id"
                + " where c.jst_id = :jst and c.starts_on >= cast(:from as date) and c.starts_on < cast(:until as date)"
                + " and (c.remarks_public or c.closed_at is not null)"
                + " order by c.starts_on, c.id, r.created_at, r.id limit :limit")
            .param("jst", jst)
            .param("from", LocalDate.of(year, 1, 1))
            .param("until", LocalDate.of(year + 1, 1, 1))
            .param("limit", limit)
            .query((rs, n) -> new RemarkRow(rs.getLong("consultation_id"), rs.getString("subject"),
                    remark(rs, rs.getBoolean("remarks_public"))))
            .list();
    }

    /** The report of a closed consultation; 404 before it is closed. */
    public Report report(long consultationId) {
        Summary c = consultation(consultationId);
        if (c.status() != ConsultationStatus.CLOSED) {
            throw new NotFound("report of consultation " + consultationId);
        }
        Map<String, Object> counts = jdbc.sql("select count(*) remarks, count(distinct coalesce('u' || author_user_id,"
                + " 'n' || lower(author_name))) participants, count(distinct lower(organization_name)) organisations"
                + " from consultation_remark where consultation_id = :id")
            .param("id", consultationId)
            .query()
            .singleRow();
        Map<String, Long> decisions = new LinkedHashMap<>();
        for (Decision d : Decision.values()) {
            decisions.put(d.name(), 0L);
        }
        decisions.put("NONE", 0L);
        jdbc.sql("select coalesce(a.decision, 'NONE') decision, count(*) n from consultation_remark r"
                + " left join consultation_answer a on a.id = r.answer_id where r.consultation_id = :id group by 1")
            .param("id", consultationId)
            .query((rs, n) -> decisions.put(rs.getString("decision"), rs.getLong("n")))
            .list();
        String conclusions = jdbc.sql("select conclusions from consultation where id = :id")
            .param("id", consultationId)
            .query(String.class)
            .optional()
            .orElse(null);
        return new Report(c, conclusions, ((Number) counts.get("remarks")).longValue(),
                ((Number) counts.get("participants")).longValue(), ((Number) counts.get("organisations")).longValue(),
                decisions);
    }

    /** The JSTs and years in which consultations started. */
    public List<long[]> years() {
        return jdbc
            .sql("select distinct jst_id, cast(extract(year from starts_on) as int) from consultation order by 1, 2")
            .query((rs, n) -> new long[] { rs.getLong(1), rs.getInt(2) })
            .list();
    }

    private Summary summary(ResultSet rs, int n) throws SQLException {
        LocalDate startsOn = rs.getObject("starts_on", LocalDate.class);
        LocalDate endsOn = rs.getObject("ends_on", LocalDate.class);
        Instant closedAt = instant(rs.getTimestamp("closed_at"));
        return new Summary(rs.getLong("id"), rs.getLong("jst_id"), rs.getString("subject"), rs.getString("legal_basis"),
                rs.getString("participation"), rs.getString("forms"), startsOn, endsOn,
                ConsultationStatus.of(startsOn, endsOn, closedAt != null,
                        LocalDate.now(clock.withZone(ClockConfig.WARSAW))),
                rs.getBoolean("remarks_public"), rs.getInt("current_version"), closedAt,
                instant(rs.getTimestamp("changed_at")));
    }

    private static PublicRemark remark(ResultSet rs, boolean remarksPublic) throws SQLException {
        long item = rs.getLong("item_id");
        Long itemId = rs.wasNull() ? null : item;
        String organisation = rs.getString("organization_name");
        String author = organisation != null ? organisation : remarksPublic ? rs.getString("author_name") : null;
        return new PublicRemark(rs.getLong("id"), itemId, author, rs.getString("source"), rs.getString("proposal"),
                rs.getString("justification"), instant(rs.getTimestamp("created_at")), rs.getString("decision"),
                rs.getString("answer"), instant(rs.getTimestamp("answered_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

}
