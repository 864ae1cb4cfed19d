package pl.wspolnie.shared.audit;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Published (inside the erasing transaction) when a module deletes personal data at the
 * end of its retention period: the audit log then forgets it too — who made the recorded
 * changes of these entities and the named fields of their recorded states — so the
 * deleted data does not live on in the log. The entries themselves stay (what happened,
 * when).
 *
 * @param entityType the audited entity class (the log names it by its simple name)
 * @param entityIds the ids of the entities whose personal data was deleted
 * @param fields the fields of the recorded states that held the personal data
 */
public record PersonalDataErased(Class<?> entityType, List<String> entityIds, Set<String> fields) {

    public static PersonalDataErased of(Class<?> entityType, Collection<Long> ids, String... fields) {
        return new PersonalDataErased(entityType, ids.stream().map(String::valueOf).toList(), Set.of(fields));
    }

}
