package pl.wspolnie.shared.cache;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The caches of the platform, each a {@link SharedCache} over Caffeine, declared once in
 * {@link CacheConfiguration}. Only declared caches exist: a misspelt name fails instead
 * of silently creating a cache nobody evicts.
 */
public class SharedCacheManager implements CacheManager {

    /** Weight of a value that is not {@link Sized} (a small record or a list of rows). */
    static final int DEFAULT_WEIGHT = 2_048;

    private final Map<String, SharedCache> caches = new LinkedHashMap<>();

    private final CacheEvictions evictions;

    SharedCacheManager(CacheEvictions evictions) {
        this.evictions = evictions;
        evictions.evictIn(this);
    }

    /**
     * Declares a cache whose entries live at most {@code timeToLive} after they were
     * stored (null: until evicted or pushed out), weighing at most {@code maxBytes} in
     * all ({@link Sized} values by their size).
     */
    SharedCacheManager declare(String name, Duration timeToLive, Duration idle, long maxBytes, boolean enabled) {
        return declare(name, timeToLive, idle, maxBytes, enabled, false);
    }

    /**
     * A cache whose values are fixed by their keys (a hash of what the value is made
     * from, or a key whose value the caller loads only from committed data): kept even
     * when loaded in a transaction that writes.
     */
    SharedCacheManager declareFixed(String name, Duration timeToLive, Duration idle, long maxBytes) {
        return declare(name, timeToLive, idle, maxBytes, true, true);
    }

    private SharedCacheManager declare(String name, Duration timeToLive, Duration idle, long maxBytes, boolean enabled,
            boolean fixed) {
        Caffeine<Object, Object> builder = Caffeine.newBuilder()
            .maximumWeight(maxBytes)
            .weigher((Object key, Object value) -> (int) Math.min(Integer.MAX_VALUE,
                    value instanceof Sized s ? Math.max(1, s.bytes()) : DEFAULT_WEIGHT));
        if (timeToLive != null) {
            builder.expireAfterWrite(timeToLive);
        }
        if (idle != null) {
            builder.expireAfterAccess(idle);
        }
        SharedCache cache = new SharedCache(name, builder.build(), evictions, enabled, fixed);
        caches.put(name, cache);
        return this;
    }

    @Override
    public Cache getCache(String name) {
        return caches.get(name);
    }

    @Override
    public Collection<String> getCacheNames() {
        return caches.keySet();
    }

    /** The declared cache of this name, or null. */
    SharedCache find(String name) {
        return caches.get(name);
    }

    Collection<SharedCache> all() {
        return caches.values();
    }

    SharedCache require(String name) {
        SharedCache cache = caches.get(name);
        if (cache == null) {
            throw new IllegalArgumentException("No cache named '" + name + "' is declared in CacheConfiguration");
        }
        return cache;
    }

}
