package pl.wspolnie.shared.cache;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.time.Duration;

/**
 * Every cache of the platform, in one place (as spring-petclinic's
 * {@code CacheConfiguration}): Spring's cache abstraction over Caffeine, used with
 * {@code @Cacheable(sync = true)} or {@link Caches} where the data is read. Each cache is
 * a {@link SharedCache}: nothing read in a writing transaction is kept, and evictions
 * happen after commit on every instance (PostgreSQL LISTEN/NOTIFY,
 * {@link CacheNotifications}). The time limits are a safety net for a change nobody
 * announced (an SQL update by hand, a NOTIFY lost while the database restarted).
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
public class CacheConfiguration {

    /**
     * The JSTs of the partnership ({@code partnership.Jsts}): tiny, read on most pages.
     */
    public static final String JSTS = "jsts";

    /**
     * Directory result pages, and the anonymous directory pages ({@code organizations}).
     */
    public static final String DIRECTORY = "directory";

    /**
     * Anonymous week views and trainings lists, the count of upcoming trainings
     * ({@code centre}).
     */
    public static final String CENTRE = "centre";

    /** Anonymous news list pages ({@code news}). */
    public static final String NEWS = "news";

    /** Anonymous calendar pages ({@code calendar}). */
    public static final String CALENDAR = "calendar";

    /**
     * HTML fragments kept under the content they show
     * ({@code shared.web.RenderedFragments}).
     */
    public static final String FRAGMENTS = "fragments";

    /**
     * The draft block of a consultation with its remarks, per remarks revision
     * ({@code consultations}).
     */
    public static final String CONSULTATION_REMARKS = "consultation-remarks";

    /**
     * The ballot of an edition while voting or paper entry is on ({@code budget.Voting}):
     * nothing on it can change then, so a day is safe; any change of an edition, pool or
     * project evicts it anyway.
     */
    public static final String BUDGET_BALLOT = "budget-ballot";

    /**
     * The authentications of stored security contexts, under the SHA-256 of the stored
     * bytes ({@code shared.web.SessionAttributeReads}): fixed by their keys.
     */
    public static final String SESSION_AUTHENTICATIONS = "session-authentications";

    /**
     * The key of an edition's PESEL hash while its voting lasts ({@code budget.Voting}):
     * loaded only from a committed secret, which does not change until after the results.
     */
    public static final String BUDGET_KEYS = "budget-keys";

    private static final Duration SHORT = Duration.ofSeconds(30);

    private static final long MB = 1024L * 1024;

    @Bean
    CacheNotifications cacheNotifications(DataSource dataSource) {
        return new CacheNotifications(dataSource);
    }

    @Bean
    CacheEvictions cacheEvictions(CacheNotifications notifications) {
        CacheEvictions evictions = new CacheEvictions(notifications);
        notifications.onNotification(evictions::evictLocally, evictions::evictAllLocally);
        return evictions;
    }

    /**
     * @param enabled {@code wspolnie.cache.enabled=false} turns off every cache of
     * content (directory results, the centre's counts and kept tables, kept remark
     * markup, the frozen ballot, and, in {@code shared.web.WebConfig}, the anonymous page
     * micro-cache): every request reads the database and renders what it shows, for the
     * benchmarks' uncached runs. The JST list (reference data) and the fixed caches
     * (session authentications, budget keys) stay.
     */
    @Bean
    SharedCacheManager cacheManager(CacheEvictions evictions,
            @Value("${wspolnie.cache.enabled:true}") boolean enabled) {
        return new SharedCacheManager(evictions).declare(JSTS, Duration.ofSeconds(60), null, MB, true)
            .declare(DIRECTORY, SHORT, null, 64 * MB, enabled)
            .declare(CENTRE, SHORT, null, 64 * MB, enabled)
            .declare(NEWS, SHORT, null, 32 * MB, enabled)
            .declare(CALENDAR, SHORT, null, 32 * MB, enabled)
            .declare(FRAGMENTS, null, Duration.ofHours(1), 16 * MB, enabled)
            .declare(CONSULTATION_REMARKS, null, Duration.ofHours(1), 64 * MB, enabled)
            .declare(BUDGET_BALLOT, Duration.ofDays(1), null, 16 * MB, enabled)
            .declareFixed(SESSION_AUTHENTICATIONS, null, Duration.ofHours(1), 48 * MB)
            .declareFixed(BUDGET_KEYS, Duration.ofDays(1), null, MB);
    }

}
