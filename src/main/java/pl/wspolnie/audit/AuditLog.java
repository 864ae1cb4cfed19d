package pl.wspolnie.audit;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static pl.wspolnie.shared.time.ClockConfig.WARSAW;

/** Read side of the audit log: filtered, paginated, newest first. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AuditLog {

    public record Entry(long id, Instant occurredAt, Long actorId, String actorName, String action, String entityType,
            String entityId, Long jstId, String before, String after) {
    }

    /**
     * @param jstIds restrict to these JSTs (null = no restriction, for platform
     * administrators)
     */
    public record Filter(String entityType, String entityId, String actor, String action, LocalDate from, LocalDate to,
            Long jstId, Collection<Long> jstIds) {
    }

    public record Page(List<Entry> entries, int page, int size, long total) {
        public int totalPages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    private final JdbcClient jdbc;

    public Page search(Filter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new LinkedHashMap<>();
        if (notBlank(filter.entityType())) {
            where.append(" and entity_type = :type");
            params.put("type", filter.entityType());
        }
        if (notBlank(filter.entityId())) {
            where.append(" and entity_id = :eid");
            params.put("eid", filter.entityId().strip());
        }
        if (notBlank(filter.actor())) {
            where.append(" and lower(actor_name) like :actor");
            params.put("actor", "%" + filter.actor().strip().toLowerCase() + "%");
        }
        if (notBlank(filter.action())) {
            where.append(" and action = :action");
            params.put("action", filter.action());
        }
        if (filter.from() != null) {
            where.append(" and occurred_at >= :from");
            params.put("from", Timestamp.from(filter.from().atStartOfDay(WARSAW).toInstant()));
        }
        if (filter.to() != null) {
            where.append(" and occurred_at < :to");
            params.put("to", Timestamp.from(filter.to().plusDays(1).atStartOfDay(WARSAW).toInstant()));
        }
        if (filter.jstId() != null) {
            where.append(" and jst_id = :jst");
            params.put("jst", filter.jstId());
        }
        if (filter.jstIds() != null) {
            if (filter.jstIds().isEmpty()) {
                return new Page(List.of(), page, size, 0);
            }
            where.append(" and jst_id in (:jsts)");
            params.put("jsts", new ArrayList<>(filter.jstIds()));
        }
        long total = jdbc.sql("select count(*) from audit_log" + where).params(params).query(Long.class).single();
        List<Entry> entries = jdbc.sql("""
                select id, occurred_at, actor_id, actor_name, action, entity_type, entity_id, jst_id,
                       before_state::text, after_state::text
                from audit_log""" + where + " order by occurred_at desc, id desc limit :limit offset :offset")
            .params(params)
            .param("limit", size)
            .param("offset", (long) page * size)
            .query((rs, n) -> new Entry(rs.getLong(1), rs.getTimestamp(2).toInstant(), (Long) rs.getObject(3),
                    rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), (Long) rs.getObject(8),
                    rs.getString(9), rs.getString(10)))
            .list();
        return new Page(entries, page, size, total);
    }

    public List<String> entityTypes() {
        return jdbc.sql("select distinct entity_type from audit_log order by 1").query(String.class).list();
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

}
