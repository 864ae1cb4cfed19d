package pl.wspolnie.shared.cache;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Collection;
import java.util.HashSet;

/**
 * Applies cache evictions after the transaction that asked for them commits (nothing
 * after a rollback): on this instance at once, then on every other instance through
 * {@link CacheNotifications} ({@code NOTIFY wspolnie_cache,
 * '<cache>[:key]'}). Evictions of one transaction are collected and sent once.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CacheEvictions {

    private static final Logger log = LoggerFactory.getLogger(CacheEvictions.class);

    /**
     * PostgreSQL refuses NOTIFY payloads of 8,000 bytes or more: a longer key clears its
     * whole cache.
     */
    static final int MAX_PAYLOAD_BYTES = 7_900;

    /**
     * The declared caches (set by the manager that declares them, which needs this class
     * to build them).
     */
    private SharedCacheManager manager;

    private final CacheNotifications notifications;

    void evictIn(SharedCacheManager manager) {
        this.manager = manager;
    }

    /**
     * Evicts {@code key} of {@code cache} (null: all of it) once the current transaction
     * commits, or now.
     */
    void afterCommit(String cache, String key) {
        String payload = payload(cache, key);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
            if (pending == null) {
                pending = new Pending();
                TransactionSynchronizationManager.bindResource(this, pending);
                TransactionSynchronizationManager.registerSynchronization(pending);
            }
            pending.payloads.add(payload);
            pending.caches.add(cache);
        }
        else {
            apply(List.of(payload));
        }
    }

    /**
     * Whether the current transaction changed data of this cache (an eviction waits for
     * its commit): its own reads must not be answered from the cache, which still holds
     * what was committed before.
     */
    boolean pendingIn(String cache) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return false;
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        return pending != null && pending.caches.contains(cache);
    }

    private void apply(Collection<String> payloads) {
        for (String payload : payloads) {
            evictLocally(payload);
        }
        notifications.publish(payloads);
    }

    /**
     * Evicts what a payload names on this instance; unknown caches (another version's)
     * are ignored.
     */
    void evictLocally(String payload) {
        int colon = payload.indexOf(':');
        SharedCache cache = manager == null ? null : manager.find(colon < 0 ? payload : payload.substring(0, colon));
        if (cache == null) {
            log.debug("Eviction of an unknown cache ignored: {}", payload);
            return;
        }
        cache.evictLocally(colon < 0 ? null : payload.substring(colon + 1));
    }

    /**
     * After a lost connection to the database notifications may have been missed:
     * everything is dropped.
     */
    void evictAllLocally() {
        if (manager != null) {
            manager.all().forEach(c -> c.evictLocally(null));
        }
    }

    static String payload(String cache, String key) {
        if (key == null) {
            return cache;
        }
        String payload = cache + ":" + key;
        return payload.getBytes(StandardCharsets.UTF_8).length < MAX_PAYLOAD_BYTES ? payload : cache;
    }

    private final class Pending implements TransactionSynchronization {

        final Set<String> payloads = new LinkedHashSet<>();

        final Set<String> caches = new HashSet<>();

        @Override
        public int getOrder() {
            return LOWEST_PRECEDENCE;
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(CacheEvictions.this);
            if (status == STATUS_COMMITTED) {
                apply(payloads);
            }
        }

    }

}
