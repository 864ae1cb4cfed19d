package pl.wspolnie.shared.cache;

import org.springframework.cache.Cache;
import org.springframework.cache.support.SimpleValueWrapper;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A Spring {@link Cache} over a Caffeine cache that is safe for several instances on one
 * database:
 * <ul>
 * <li>nothing read inside a transaction that writes is stored (it may be rolled back),
 * and a transaction that changed the cache's data reads past the cache (it sees its own
 * changes, which the cache does not yet);</li>
 * <li>{@link #evict} and {@link #clear} inside a transaction act after it commits
 * (nothing after a rollback), on this instance at once and on the others through
 * {@link CacheEvictions} (PostgreSQL NOTIFY);</li>
 * <li>a value loaded while an eviction happened is not stored
 * ({@link #get(Object, Callable)} compares a generation raised by every eviction), so a
 * read that began before a change commits cannot keep the old data afterwards.</li>
 * </ul>
 * Use {@code @Cacheable(sync = true)} or {@link Caches}: both load through
 * {@link #get(Object, Callable)}.
 */
public final class SharedCache implements Cache {

    private final String name;

    private final com.github.benmanes.caffeine.cache.Cache<Object, Object> store;

    private final CacheEvictions evictions;

    private final AtomicLong generation = new AtomicLong();

    private final boolean enabled;

    private final boolean fixed;

    SharedCache(String name, com.github.benmanes.caffeine.cache.Cache<Object, Object> store, CacheEvictions evictions,
            boolean enabled) {
        this(name, store, evictions, enabled, false);
    }

    /**
     * @param fixed the values are fixed by their key (the key is a hash of what the value
     * is made from, or the caller loads only committed data): kept even when loaded in a
     * transaction that writes
     */
    SharedCache(String name, com.github.benmanes.caffeine.cache.Cache<Object, Object> store, CacheEvictions evictions,
            boolean enabled, boolean fixed) {
        this.name = name;
        this.store = store;
        this.evictions = evictions;
        this.enabled = enabled;
        this.fixed = fixed;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public Object getNativeCache() {
        return store;
    }

    @Override
    public ValueWrapper get(Object key) {
        Object value = readable() ? store.getIfPresent(key) : null;
        return value == null ? null : new SimpleValueWrapper(value);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Class<T> type) {
        Object value = readable() ? store.getIfPresent(key) : null;
        if (value != null && type != null && !type.isInstance(value)) {
            throw new IllegalStateException("Cached value is not of required type [" + type.getName() + "]: " + value);
        }
        return (T) value;
    }

    @Override
    public <T> T get(Object key, Callable<T> valueLoader) {
        return load(key, () -> {
            try {
                return valueLoader.call();
            }
            catch (Exception e) {
                throw new ValueRetrievalException(key, valueLoader, e);
            }
        }, v -> true);
    }

    /**
     * The value kept under the key if {@code fresh} accepts it, else loaded (and kept
     * unless an eviction happened meanwhile, the loader returned null, or the current
     * transaction writes). The loader's exceptions pass through.
     */
    @SuppressWarnings("unchecked")
    public <T> T load(Object key, Supplier<T> loader, Predicate<? super T> fresh) {
        Object found = readable() ? store.getIfPresent(key) : null;
        if (found != null && fresh.test((T) found)) {
            return (T) found;
        }
        long before = generation.get();
        T value = loader.get();
        if (value != null && storable()) {
            store.asMap().compute(key, (k, current) -> generation.get() == before ? value : current);
        }
        return value;
    }

    @Override
    public void put(Object key, Object value) {
        if (value != null && storable()) {
            store.put(key, value);
        }
    }

    @Override
    public ValueWrapper putIfAbsent(Object key, Object value) {
        if (value == null || !storable()) {
            return get(key);
        }
        Object previous = store.asMap().putIfAbsent(key, value);
        return previous == null ? null : new SimpleValueWrapper(previous);
    }

    /**
     * Drops the key here and on every instance, after the current transaction commits (at
     * once without one).
     */
    @Override
    public void evict(Object key) {
        evictions.afterCommit(name, String.valueOf(Objects.requireNonNull(key)));
    }

    @Override
    public boolean evictIfPresent(Object key) {
        boolean present = store.getIfPresent(key) != null;
        evict(key);
        return present;
    }

    /**
     * Drops every entry here and on every instance, after the current transaction commits
     * (at once without one).
     */
    @Override
    public void clear() {
        evictions.afterCommit(name, null);
    }

    @Override
    public boolean invalidate() {
        boolean notEmpty = store.estimatedSize() > 0;
        clear();
        return notEmpty;
    }

    /**
     * Drops the entries of this instance (a committed change here or another instance's
     * NOTIFY).
     */
    void evictLocally(String key) {
        generation.incrementAndGet();
        if (key == null) {
            store.invalidateAll();
        }
        else {
            store.asMap().keySet().removeIf(k -> key.equals(String.valueOf(k)));
        }
        generation.incrementAndGet();
    }

    long size() {
        return store.estimatedSize();
    }

    /**
     * A transaction that changed this cache's data reads past the cache until it commits
     * (it sees its own writes).
     */
    private boolean readable() {
        return enabled && !evictions.pendingIn(name);
    }

    /**
     * A value read inside a transaction that writes may never be committed: such reads
     * are not kept (unless the cache's values are fixed by their keys).
     */
    private boolean storable() {
        return enabled && (fixed || !TransactionSynchronizationManager.isActualTransactionActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly());
    }

}
