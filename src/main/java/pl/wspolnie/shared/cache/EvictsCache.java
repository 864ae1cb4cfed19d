package pl.wspolnie.shared.cache;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

        private static final Map<Class<?>, String[]> NAMES = new ConcurrentHashMap<>();

        private final org.springframework.beans.factory.ObjectProvider<Caches> caches; // lazy:
                                                                                       // built
                                                                                       // before
                                                                                       // the
                                                                                       // caches

        Listener(org.springframework.beans.factory.ObjectProvider<Caches> caches) {
            this.caches = caches;
        }

        @PostPersist
        @PostUpdate
        @PostRemove
        void changed(Object entity) {
            for (String name : NAMES.computeIfAbsent(entity.getClass(), Listener::names)) {
                caches.getObject().clear(name);
            }
        }

        private static String[] names(Class<?> type) {
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                EvictsCache evicts = c.getAnnotation(EvictsCache.class);
                if (evicts != null) {
                    return evicts.value();
                }
            }
            return new String[0];
        }

    }

}
