package pl.wspolnie.centre.domain;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import pl.wspolnie.shared.web.PublicPageCache;

/**
 * The week view of a room or equipment item and the trainings list are served to anonymous visitors from the
 * page micro-cache (at most 30 s old, one entry per {@code ?week=} / {@code ?page=}); every change of a
 * centre, resource, booking, training or application drops all of them now and again once the change commits.
 */
@Component
public class CentrePageCache {

    public static final String WEEK_VIEW = "/centre/resources/{id:\\d+}";
    public static final String TRAININGS = "/centre/trainings";

    private final ObjectProvider<PublicPageCache> pages;
    private final java.util.concurrent.atomic.AtomicLong revision = new java.util.concurrent.atomic.AtomicLong();

    CentrePageCache(ObjectProvider<PublicPageCache> pages) {
        this.pages = pages;
    }

    @Bean
    static PublicPageCache.Cacheable centreWeekViewCacheable() {
        return new PublicPageCache.Cacheable(WEEK_VIEW);
    }

    @Bean
    static PublicPageCache.Cacheable centreTrainingsCacheable() {
        return new PublicPageCache.Cacheable(TRAININGS);
    }

    /** Call when bookings, resources, centres, trainings or applications change (entity listener does it). */
    public void changed() {
        pl.wspolnie.shared.database.Transactions.nowAndAfterCompletion(revision::incrementAndGet);
        pages.ifAvailable(cache -> {
            cache.evictNowAndAfterCompletion(WEEK_VIEW);
            cache.evictNowAndAfterCompletion(TRAININGS);
        });
    }

    /** Raised by every change in this instance (now and once it commits): a key for figures kept a short while. */
    public long revision() {
        return revision.get();
    }

    /** JPA entity listener of the centre's entities (created by Spring). */
    static class Invalidation {

        private final CentrePageCache cache;

        Invalidation(CentrePageCache cache) {
            this.cache = cache;
        }

        @PostPersist
        @PostUpdate
        @PostRemove
        void changed(Object entity) {
            cache.changed();
        }
    }
}
