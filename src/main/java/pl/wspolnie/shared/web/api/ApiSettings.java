package pl.wspolnie.shared.web.api;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the public read API (wspolnie.api.*).
 *
 * @param defaultPageSize the page size when a request names none
 * @param maxPageSize the largest page size a request may ask for (more: 400)
 * @param rateLimit requests each client address may make
 */
@ConfigurationProperties("wspolnie.api")
public record ApiSettings(int defaultPageSize, int maxPageSize, RateLimit rateLimit) {

    public ApiSettings {
        if (defaultPageSize <= 0)
            defaultPageSize = 20;
        if (maxPageSize <= 0)
            maxPageSize = 100;
        if (rateLimit == null)
            rateLimit = new RateLimit(0, 0);
    }

    /**
     * A token bucket per client address and instance: a client may send {@code burst}
     * requests at once, then {@code requestsPerMinute} on average; beyond that it gets
     * 429 with Retry-After. Each instance counts on its own (behind a load balancer of n
     * instances a client may get up to n times the rate).
     *
     * @param requestsPerMinute the lasting rate
     * @param burst requests allowed at once
     */
    public record RateLimit(int requestsPerMinute, int burst) {

        public RateLimit {
            if (requestsPerMinute <= 0)
                requestsPerMinute = 120;
            if (burst <= 0)
                burst = 60;
        }
    }

}
