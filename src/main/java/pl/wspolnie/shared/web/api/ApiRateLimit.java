package pl.wspolnie.shared.web.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;

/**
 * Rate limit of the public API per client address: a token bucket per address, kept in
 * this instance's memory (wspolnie.api.rate-limit; forgotten ten minutes after the last
 * request). A request over the limit gets 429 with Retry-After (whole seconds until a
 * token is back) and a problem detail. The client address is the one Tomcat resolved
 * (X-Forwarded-For from a trusted proxy, see server.forward-headers-strategy).
 */
public class ApiRateLimit extends OncePerRequestFilter {

    private final double capacity;

    private final double tokensPerNano;

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
        .expireAfterAccess(Duration.ofMinutes(10))
        .maximumSize(100_000)
        .build();

    public ApiRateLimit(ApiSettings.RateLimit settings) {
        this.capacity = settings.burst();
        this.tokensPerNano = settings.requestsPerMinute() / 60e9;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long waitNanos = buckets.get(request.getRemoteAddr(), a -> new Bucket(capacity)).take(System.nanoTime());
        if (waitNanos > 0) {
            long seconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
            response.setStatus(429);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                        + "\"detail\":\"Too many requests from this address; retry after " + seconds + " s\"}");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Takes one token; returns 0, or the nanoseconds until one is back. */
    private final class Bucket {

        private double tokens;

        private long at;

        Bucket(double tokens) {
            this.tokens = tokens;
            this.at = System.nanoTime();
        }

        synchronized long take(long now) {
            tokens = Math.min(capacity, tokens + (now - at) * tokensPerNano);
            at = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / tokensPerNano);
        }

    }

}
