package pl.wspolnie.shared.cache;

import org.springframework.core.annotation.AnnotatedElementUtils;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.beans.factory.ObjectProvider;

/**
 * On an entity with {@code @EntityListeners(EvictsCache.Listener.class)}: every insert,
 * update or delete of it clears the named caches on every instance once the transaction
 * commits.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface EvictsCache {

    /** Names of caches declared in {@link CacheConfiguration}. */
    String[] value();

    /** JPA entity listener (created by Spring through Hibernate's bean container). */
    class Listener {

        // lazy: built before the caches
        private final ObjectProvider<Caches> caches;

        Listener(ObjectProvider<Caches> caches) {
            this.caches = caches;
        }

        @PostPersist
        @PostUpdate
        @PostRemove
        void changed(Object entity) {
            // Spring's annotation lookup searches the superclasses and keeps what it
            // found per class.
            EvictsCache evicts = AnnotatedElementUtils.findMergedAnnotation(entity.getClass(), EvictsCache.class);
            if (evicts != null) {
                for (String name : evicts.value()) {
                    caches.getObject().clear(name);
                }
            }
        }

    }

}
