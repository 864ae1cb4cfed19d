package pl.wspolnie.audit;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.shared.audit.PersonalDataErased;

/**
 * Forgets in the audit log what a module erased at the end of a retention period: the
 * actor of every entry of those entities and the named fields of their states. It runs in
 * the erasing transaction (a plain event listener, not after commit), so the data and its
 * trace in the log go together or not at all.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AuditErasure {

    static final String ERASED_ACTOR = "(usunięte po okresie przechowywania)";

    private final JdbcClient jdbc;

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(PersonalDataErased erased) {
        if (erased.entityIds().isEmpty()) {
            return;
        }
        jdbc.sql("""
                update audit_log
                set actor_id = null, actor_name = :erased,
                    before_state = before_state - cast(:fields as text[]),
                    after_state = after_state - cast(:fields as text[])
                where entity_type = :type and entity_id = any(cast(:ids as text[]))
                """)
            .param("erased", ERASED_ACTOR)
            .param("fields", erased.fields().toArray(String[]::new))
            .param("type", erased.entityType().getSimpleName())
            .param("ids", erased.entityIds().toArray(String[]::new))
            .update();
    }

}
