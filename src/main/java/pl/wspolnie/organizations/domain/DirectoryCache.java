package pl.wspolnie.organizations.domain;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Recent directory result pages, because the directory is read far more often than it changes.
 * Clearing it also clears the anonymous visitors' copies of the directory page (PublicPageCache).
 * Every change of an organisation clears it after its transaction commits (an entity listener on
 * {@link Organization}); entries also expire after 30 s, which bounds staleness when several
 * instances share one database (each clears only on its own changes). At most 2,000 pages (LRU).
 */
@org.springframework.stereotype.Component
public class DirectoryCache {

    static final int MAX_entries = 2_000;
    static final Duration TTL = Duration.ofSeconds(30);

    private record Entry(Object value, long expiresAtNanos) {
    }

    private final Map<Object, Entry> entries = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Entry> eldest) {
            return size() > MAX_entries;
        }
    };
    private long generation;
    private final org.springframework.beans.factory.ObjectProvider<pl.wspolnie.shared.web.PublicPageCache> pages;

    private final boolean enabled;

    DirectoryCache(org.springframework.beans.factory.ObjectProvider<pl.wspolnie.shared.web.PublicPageCache> pages,
                   @org.springframework.beans.factory.annotation.Value("${wspolnie.cache.enabled:true}") boolean enabled) {
        this.pages = pages;
        this.enabled = enabled;
    }

    /** The directory's result page may be served from the public page cache to anonymous visitors. */
    @org.springframework.context.annotation.Bean
    static pl.wspolnie.shared.web.PublicPageCache.Cacheable directoryPageCacheable() {
        return new pl.wspolnie.shared.web.PublicPageCache.Cacheable(DIRECTORY_PATH);
    }

    static final String DIRECTORY_PATH = "/organizations";


    @SuppressWarnings("unchecked")
    <T> T get(Object key, Supplier<T> load) {
        if (!enabled) {
            return load.get();
        }
        long gen;
        synchronized (entries) {
            Entry e = entries.get(key);
            if (e != null && e.expiresAtNanos() - System.nanoTime() > 0) {
                return (T) e.value();
            }
            gen = generation;
        }
        T value = load.get();
        synchronized (entries) {
            if (gen == generation) { // not cleared while loading: the value is current
                entries.put(key, new Entry(value, System.nanoTime() + TTL.toNanos()));
            }
        }
        return value;
    }

    void clear() {
        synchronized (entries) {
            generation++;
            entries.clear();
        }
        pages.ifAvailable(p -> p.evict(DIRECTORY_PATH));
    }

    /** JPA entity listener of {@link Organization} (created by Spring): clears the cache once the change is committed. */
    public static class Invalidation {

        private final DirectoryCache cache;

        Invalidation(DirectoryCache cache) {
            this.cache = cache;
        }

        @PostPersist
        @PostUpdate
        @PostRemove
        void changed(Object organization) {
            pl.wspolnie.shared.database.Transactions.nowAndAfterCompletion(cache::clear);
        }
    }
}
