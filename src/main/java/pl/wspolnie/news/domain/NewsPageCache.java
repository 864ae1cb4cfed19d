package pl.wspolnie.news.domain;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import pl.wspolnie.shared.web.PublicPageCache;

/**
 * The public news list may be served to anonymous visitors from the page micro-cache (at most 30 s old);
 * every change of a news item drops it once the change commits. A news item scheduled ahead appears when
 * {@link Newsroom#releaseDue()} marks it announced (an update), so also then.
 */
@Component
class NewsPageCache {

    static final String PATH = "/news";

    private final ObjectProvider<PublicPageCache> pages;

    NewsPageCache(ObjectProvider<PublicPageCache> pages) {
        this.pages = pages;
    }

    @Bean
    static PublicPageCache.Cacheable newsPageCacheable() {
        return new PublicPageCache.Cacheable(PATH);
    }

    void changed() {
        pages.ifAvailable(cache -> cache.evictNowAndAfterCompletion(PATH));
    }

    /** JPA entity listener of {@link NewsItem} (created by Spring). */
    static class Invalidation {

        private final NewsPageCache cache;

        Invalidation(NewsPageCache cache) {
            this.cache = cache;
        }

        @PostPersist
        @PostUpdate
        @PostRemove
        void changed(Object item) {
            cache.changed();
        }
    }
}
