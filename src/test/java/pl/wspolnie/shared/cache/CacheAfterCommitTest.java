package pl.wspolnie.shared.cache;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import pl.wspolnie.partnership.Jst;
import pl.wspolnie.partnership.JstSummary;
import pl.wspolnie.partnership.JstType;
import pl.wspolnie.support.IntegrationTest;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import com.github.benmanes.caffeine.cache.Cache;

/**
 * A cache never keeps what a transaction wrote before it commits: reads inside a writing
 * transaction are not kept, and evictions asked for in a transaction happen once it
 * commits (not at all after a rollback). The JST list is the case that crashed the demo:
 * a list read during seeding must not outlive a rollback.
 */
class CacheAfterCommitTest extends IntegrationTest {

    @Autowired
    TransactionTemplate tx;

    @Autowired
    EntityManager entityManager;

    @Autowired
    Caches caches;

    @Autowired
    SharedCacheManager manager;

    @Test
    void jstListReadInATransactionThatRollsBackIsNotKept() {
        String name = "Gmina Wycofana " + System.nanoTime();
        assertThat(names(jsts.all())).doesNotContain(name); // the list is cached now
        tx.executeWithoutResult(status -> {
            entityManager.persist(new Jst(JstType.GMINA, name, null, null, false));
            entityManager.flush();
            assertThat(names(jsts.all())).as("the transaction sees its own JST").contains(name);
            status.setRollbackOnly();
        });
        assertThat(names(jsts.all())).as("nothing of the rolled-back transaction was kept").doesNotContain(name);
        assertThat(manager.require(CacheConfiguration.JSTS).get("all")).as("the committed list is still cached")
            .isNotNull();
    }

    @Test
    void jstListShowsACommittedJstAtOnce() {
        String name = "Gmina Zatwierdzona " + System.nanoTime();
        jsts.all();
        Long id = tx.execute(status -> {
            Jst jst = new Jst(JstType.UNIT, name, null, null, false);
            entityManager.persist(jst);
            entityManager.flush();
            jsts.all(); // read inside the writing transaction: not kept
            return jst.getId();
        });
        try {
            assertThat(names(jsts.all())).contains(name);
        }
        finally {
            jdbc.sql("delete from jst where id = ?").param(id).update();
            caches.clear(CacheConfiguration.JSTS);
        }
        assertThat(names(jsts.all())).doesNotContain(name);
    }

    @Test
    void anEvictionInATransactionHappensAfterCommitAndNotAfterRollback() {
        SharedCache cache = manager.require(CacheConfiguration.DIRECTORY);
        caches.get(CacheConfiguration.DIRECTORY, "after-commit", () -> "kept");

        tx.executeWithoutResult(status -> {
            caches.clear(CacheConfiguration.DIRECTORY);
            assertThat(kept(cache, "after-commit")).as("not before the commit").isNotNull();
            assertThat(cache.get("after-commit")).as("but this transaction reads past it").isNull();
            status.setRollbackOnly();
        });
        assertThat(cache.get("after-commit")).as("a rolled-back change evicts nothing").isNotNull();

        tx.executeWithoutResult(status -> {
            caches.evict(CacheConfiguration.DIRECTORY, "after-commit");
            assertThat(kept(cache, "after-commit")).isNotNull();
        });
        assertThat(cache.get("after-commit")).as("evicted once committed").isNull();
    }

    @Test
    void aValueLoadedWhileAnEvictionHappenedIsNotKept() {
        AtomicInteger loads = new AtomicInteger();
        String first = caches.get(CacheConfiguration.DIRECTORY, "raced", () -> {
            loads.incrementAndGet();
            // a change committed while this value was read
            caches.clear(CacheConfiguration.DIRECTORY);
            return "old";
        });
        assertThat(first).isEqualTo("old");
        assertThat(caches.get(CacheConfiguration.DIRECTORY, "raced", () -> {
            loads.incrementAndGet();
            return "new";
        })).isEqualTo("new");
        assertThat(loads).hasValue(2);
    }

    /** What the cache holds, whatever the current transaction did. */
    private static Object kept(SharedCache cache, Object key) {
        @SuppressWarnings("unchecked")
        var store = (Cache<Object, Object>) cache.getNativeCache();
        return store.getIfPresent(key);
    }

    private static List<String> names(List<JstSummary> all) {
        return all.stream().map(JstSummary::name).toList();
    }

}
