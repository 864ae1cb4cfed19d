package pl.wspolnie.shared.audit;

import java.util.Map;
import java.util.Optional;

/**
 * An audited entity's row inserted with plain SQL, for a path where Hibernate's insert
 * costs more than the statement (the budget vote): the same statement writes the audit
 * log's "CREATE" entry that the audit listener writes when Hibernate inserts the entity
 * (the actor, the entity's simple name and id, its JST, its fields with the
 * {@link AuditMasked} ones masked), so the row and its entry go together or not at all.
 */
public interface AuditedInserts {

    /**
     * Runs the insert and, for the row it inserted, the audit entry.
     * @param type the entity class the row belongs to
     * @param insert an {@code insert … returning id} with named parameters (it may say
     * {@code on conflict do nothing})
     * @param params the insert's parameters
     * @param jstId the JST of the entry (null: none)
     * @param state the entity's fields as the listener records them (field name → value)
     * @return the new row's id, empty when the insert inserted nothing
     */
    Optional<Long> insert(Class<?> type, String insert, Map<String, ?> params, Long jstId, Map<String, ?> state);

}
