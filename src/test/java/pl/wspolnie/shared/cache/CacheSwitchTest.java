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
        assertLoads(false, 2);
    }

    @Test
    void byDefaultEveryCacheKeepsWhatItLoaded() {
        assertLoads(true, 1);
    }

    /**
     * Two reads of one key in every cache: the content caches load {@code contentLoads}
     * times, the kept ones once.
     */
    private static void assertLoads(boolean enabled, int contentLoads) {
        SharedCacheManager manager = new CacheConfiguration().cacheManager(new CacheEvictions(null), enabled);
        for (String name : CONTENT) {
            assertThat(loads(manager, name)).as(name).isEqualTo(contentLoads);
        }
        for (String name : KEPT) {
            assertThat(loads(manager, name)).as(name).isEqualTo(1);
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
