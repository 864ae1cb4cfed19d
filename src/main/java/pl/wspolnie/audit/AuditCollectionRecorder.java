package pl.wspolnie.audit;

import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import pl.wspolnie.shared.audit.NotAudited;

import java.util.Collection;
import java.util.Map;
import org.hibernate.Hibernate;

/**
 * Audits changes of element collections (e.g. an organisation's spheres) as updates of
 * their owner.
 */
class AuditCollectionRecorder implements PostCollectionUpdateEventListener {

    @Override
    public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
        Object owner = event.getAffectedOwnerOrNull();
        if (owner == null || owner.getClass().isAnnotationPresent(NotAudited.class)) {
            return;
        }
        String role = event.getCollection().getRole();
        String property = role.substring(role.lastIndexOf('.') + 1);
        Object before = event.getCollection().getStoredSnapshot();
        Object after = event.getCollection().getValue();
        AuditRecorder.write(event.getSession(), owner, Hibernate.getClass(owner), event.getAffectedOwnerIdOrNull(),
                "UPDATE", Map.of(property, AuditRecorder.simple(values(before))),
                Map.of(property, AuditRecorder.simple(values(after))));
    }

    private static Object values(Object collection) {
        if (collection instanceof Map<?, ?> map) {
            return map.values();
        }
        return collection instanceof Collection<?> c ? c : collection;
    }

}
