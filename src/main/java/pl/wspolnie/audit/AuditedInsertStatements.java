package pl.wspolnie.audit;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.shared.audit.AuditedInserts;

import java.sql.Types;
import java.util.Map;
import java.util.Optional;

/**
 * {@link AuditedInserts}: the caller's insert and its audit entry as one statement (the
 * insert a CTE, the entry inserted from the rows it returned), in the caller's
 * transaction.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AuditedInsertStatements implements AuditedInserts {

    private final JdbcClient jdbc;

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Long> insert(Class<?> type, String insert, Map<String, ?> params, Long jstId,
            Map<String, ?> state) {
        AuditRecorder.Actor actor = AuditRecorder.Actor.current();
        return jdbc.sql("with created as (" + insert + """
                ), entry as (
                    insert into audit_log (actor_id, actor_name, action, entity_type, entity_id, jst_id, before_state,
                        after_state)
                    select :auditActorId, :auditActorName, 'CREATE', :auditType, cast(id as text), :auditJstId, null,
                        cast(:auditAfter as jsonb)
                    from created)
                select id from created""")
            .params(params)
            .param("auditActorId", actor.id(), Types.BIGINT)
            .param("auditActorName", actor.name())
            .param("auditType", type.getSimpleName())
            .param("auditJstId", jstId, Types.BIGINT)
            .param("auditAfter", Json.object(AuditRecorder.masked(type, state)))
            .query(Long.class)
            .optional();
    }

}
