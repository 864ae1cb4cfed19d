package pl.wspolnie.governance.domain;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the public API shows of partnership governance: the register of resolutions and
 * the versioned documents with every version, as their public pages do (both are public
 * in full; the API gives the vote's totals, not the names). The year of a resolution is
 * its register year; the year of a document is the year it was created. The JST is the
 * agreement's.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class GovernanceOpenData {

    /**
     * A resolution of the register.
     *
     * @param status IN_FORCE, AMENDED or REPEALED
     * @param change AMENDS or REPEALS the resolution {@code changesId}, or null
     */
    public record ResolutionRow(long id, long agreementId, long jstId, int year, int number, String title, String text,
            String status, Long changesId, String change, int votesFor, int votesAgainst, int votesAbstained,
            LocalDate adoptedOn, long meetingId, Instant changedAt) {
    }

    /**
     * A version of a document.
     *
     * @param status DRAFT, CONSULTATION or ADOPTED
     */
    public record VersionRow(int number, String status, String sha256, Long consultationId, Long resolutionId,
            LocalDate inForceFrom, Instant createdAt, String text) {
    }

    /** A document with its versions, oldest first. */
    public record DocumentRow(long id, long agreementId, long jstId, String kind, String title, Instant createdAt,
            List<VersionRow> versions) {

        public Instant changedAt() {
            return versions.stream().map(VersionRow::createdAt).max(Instant::compareTo).orElse(createdAt);
        }
    }

    private static final String RESOLUTIONS = " from governance_resolution r join governance_agreement a"
            + " on a.id = r.agreement_id where (cast(:jst as bigint) is null or a.jst_id = :jst)"
            + " and (cast(:year as int) is null or r.year = :year)";

    /**
     * A resolution's record changes when a later one amends or repeals it: its latest
     * change is the creation of the last resolution that changed it.
     */
    private static final String RESOLUTION_CHANGED = "(select max(x.created_at) from governance_resolution x"
            + " where x.id = r.id or x.changes_id = r.id)";

    private static final String DOCUMENTS = " from governance_document d join governance_agreement a"
            + " on a.id = d.agreement_id where (cast(:jst as bigint) is null or a.jst_id = :jst)"
            + " and d.created_at >= :from and d.created_at < :until";

    private final JdbcClient jdbc;

    /** Resolutions by register year and number, newest first. */
    public PublicRows<ResolutionRow> resolutions(Long jst, Integer year, int offset, int limit) {
        return PublicRows.page(jdbc, "r.*, a.jst_id, " + RESOLUTION_CHANGED + " changed_at", RESOLUTIONS,
                "r.year desc, r.number desc, r.agreement_id", RESOLUTION_CHANGED, PublicRows.jstYear(jst, year), offset,
                limit, GovernanceOpenData::resolution);
    }

    /** One resolution; 404 for an unknown one. */
    public ResolutionRow resolution(long id) {
        return jdbc
            .sql("select r.*, a.jst_id, " + RESOLUTION_CHANGED + " changed_at from governance_resolution r"
                    + " join governance_agreement a on a.id = r.agreement_id where r.id = :id")
            .param("id", id)
            .query(GovernanceOpenData::resolution)
            .optional()
            .orElseThrow(() -> new NotFound("resolution " + id));
    }

    /**
     * Documents, newest first, with their versions (without the texts: the document's own
     * address gives them). Two statements.
     */
    public PublicRows<DocumentRow> documents(Long jst, Instant from, Instant until, int offset, int limit) {
        PublicRows<DocumentRow> page = PublicRows.page(jdbc, "d.*, a.jst_id", DOCUMENTS, "d.created_at desc, d.id desc",
                "(select max(v.created_at) from governance_document_version v where v.document_id = d.id)",
                PublicRows.filter(jst, from, until), offset, limit, (rs, n) -> document(rs, List.of()));
        if (page.rows().isEmpty()) {
            return page;
        }
        Map<Long, List<VersionRow>> versions = versions(page.rows().stream().map(DocumentRow::id).toList(), false);
        return new PublicRows<>(page.rows()
            .stream()
            .map(d -> new DocumentRow(d.id(), d.agreementId(), d.jstId(), d.kind(), d.title(), d.createdAt(),
                    versions.getOrDefault(d.id(), List.of())))
            .toList(), page.total(), page.changedAt());
    }

    /** One document with every version and its text; 404 for an unknown one. */
    public DocumentRow document(long id) {
        DocumentRow d = jdbc
            .sql("select d.*, a.jst_id from governance_document d join governance_agreement a"
                    + " on a.id = d.agreement_id where d.id = :id")
            .param("id", id)
            .query((rs, n) -> document(rs, List.of()))
            .optional()
            .orElseThrow(() -> new NotFound("document " + id));
        return new DocumentRow(d.id(), d.agreementId(), d.jstId(), d.kind(), d.title(), d.createdAt(),
                versions(List.of(id), true).getOrDefault(id, List.of()));
    }

    private Map<Long, List<VersionRow>> versions(List<Long> documents, boolean withText) {
        return jdbc.sql("select * from governance_document_version where document_id in (:ids) order by number")
            .param("ids", documents)
            .query((rs, n) -> Map.entry(rs.getLong("document_id"),
                    new VersionRow(rs.getInt("number"), rs.getString("status"), rs.getString("sha256"),
                            nullable(rs, "consultation_id"), nullable(rs, "resolution_id"),
                            rs.getObject("in_force_from", LocalDate.class), instant(rs.getTimestamp("created_at")),
                            withText ? rs.getString("text") : null)))
            .list()
            .stream()
            .collect(Collectors.groupingBy(Map.Entry::getKey, LinkedHashMap::new,
                    Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    private static ResolutionRow resolution(ResultSet rs, int n) throws SQLException {
        return new ResolutionRow(rs.getLong("id"), rs.getLong("agreement_id"), rs.getLong("jst_id"), rs.getInt("year"),
                rs.getInt("number"), rs.getString("title"), rs.getString("text"), rs.getString("status"),
                nullable(rs, "changes_id"), rs.getString("change"), rs.getInt("votes_for"), rs.getInt("votes_against"),
                rs.getInt("votes_abstained"), rs.getObject("adopted_on", LocalDate.class), rs.getLong("meeting_id"),
                instant(rs.getTimestamp("changed_at")));
    }

    private static DocumentRow document(ResultSet rs, List<VersionRow> versions) throws SQLException {
        return new DocumentRow(rs.getLong("id"), rs.getLong("agreement_id"), rs.getLong("jst_id"), rs.getString("kind"),
                rs.getString("title"), instant(rs.getTimestamp("created_at")), versions);
    }

    private static Long nullable(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

}
