package pl.wspolnie.shared.cache;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The platform's caches for code that cannot use {@code @Cacheable} (a loader with a
 * freshness check, a filter, a JPA listener): the same {@link SharedCache}s, so the same
 * rules — nothing from a writing transaction is kept, evictions act after commit on every
 * instance.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Caches {

    private final SharedCacheManager manager;

    /**
     * The value kept under the key in the named cache, or loaded (and kept, see
     * {@link SharedCache}).
     */
    public <T> T get(String cache, Object key, Supplier<T> loader) {
        return manager.require(cache).load(key, loader, v -> true);
    }

    /**
     * As {@link #get(String, Object, Supplier)}, but a kept value that {@code fresh}
     * rejects is loaded again.
     */
    public <T> T get(String cache, Object key, Supplier<T> loader, Predicate<? super T> fresh) {
        return manager.require(cache).load(key, loader, fresh);
    }

    /**
     * Drops one entry on every instance once the current transaction commits (at once
     * without one).
     */
    public void evict(String cache, Object key) {
        manager.require(cache).evict(key);
    }

    /**
     * Drops a whole cache on every instance once the current transaction commits (at once
     * without one).
     */
    public void clear(String cache) {
        manager.require(cache).clear();
    }

}
