package pl.wspolnie.shared.cache;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code wspolnie.cache.enabled=false} (the benchmarks' uncached runs) turns off every
 * cache of content, so a benchmark that says "uncached" measures the reads and the
 * rendering; the JST list and the fixed caches stay.
 */
class CacheSwitchTest {

    private static final List<String> CONTENT = List.of(CacheConfiguration.DIRECTORY, CacheConfiguration.CENTRE,
            CacheConfiguration.NEWS, CacheConfiguration.CALENDAR, CacheConfiguration.FRAGMENTS,
            CacheConfiguration.CONSULTATION_REMARKS, CacheConfiguration.BUDGET_BALLOT);

    private static final List<String> KEPT = List.of(CacheConfiguration.JSTS,
            CacheConfiguration.SESSION_AUTHENTICATIONS, CacheConfiguration.BUDGET_KEYS);

    @Test
    void switchedOffEveryContentCacheLoadsEachTime() {
        SharedCacheManager off = new CacheConfiguration().cacheManager(new CacheEvictions(null), false);
        for (String name : CONTENT) {
            assertThat(loads(off, name)).as(name).isEqualTo(2);
        }
        for (String name : KEPT) {
            assertThat(loads(off, name)).as(name).isEqualTo(1);
        }
    }

    @Test
    void byDefaultEveryCacheKeepsWhatItLoaded() {
        SharedCacheManager on = new CacheConfiguration().cacheManager(new CacheEvictions(null), true);
        for (String name : CONTENT) {
            assertThat(loads(on, name)).as(name).isEqualTo(1);
        }
        for (String name : KEPT) {
            assertThat(loads(on, name)).as(name).isEqualTo(1);
        }
    }

    /** How many times the loader ran for two reads of one key. */
    private static int loads(SharedCacheManager manager, String name) {
        AtomicInteger calls = new AtomicInteger();
        SharedCache cache = manager.require(name);
        cache.load("key", calls::incrementAndGet, v -> true);
        cache.load("key", calls::incrementAndGet, v -> true);
        return calls.get();
    }

}
