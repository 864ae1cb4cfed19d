package pl.wspolnie.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Micro-cache of whole public pages for anonymous visitors, like a reverse proxy's: a page that many
 * people read and few change (the NGO directory's result lists) is rendered once per 30 s and per
 * combination of language and display preferences, and cleared at once when its data changes
 * ({@link #evict(String)}). Only GETs without a session cookie and without ?lang, for paths a module
 * declared {@link Cacheable}, answered 200 with no Set-Cookie, are stored — so nothing personal is
 * ever cached. Responses carry {@code X-Page-Cache: HIT|MISS}.
 */
public class PublicPageCache extends OncePerRequestFilter {

    /** A path (exact, without query) whose anonymous responses may be cached. */
    public record Cacheable(String path) {
    }

    static final int MAX_ENTRIES = 500;
    static final Duration TTL = Duration.ofSeconds(30);
    private static final Set<String> NOT_REPLAYED = Set.of("set-cookie", "date", "content-length", "transfer-encoding");

    private record Page(String path, byte[] body, String contentType, List<Map.Entry<String, String>> headers,
                        long expiresAtNanos) {
    }

    private final Set<String> paths;
    private final Map<String, Page> pages = new LinkedHashMap<>(128, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Page> eldest) {
            return size() > MAX_ENTRIES;
        }
    };
    private long generation;

    public PublicPageCache(Set<String> paths) {
        this.paths = Set.copyOf(paths);
    }

    /** Drops every cached page of this path (call when the data it shows changed). */
    public void evict(String path) {
        synchronized (pages) {
            generation++;
            pages.values().removeIf(p -> p.path().equals(path));
        }
    }

    /**
     * Drops the cached pages of this path now and again when the current transaction ends, so a page
     * rendered from the data before a change cannot stay cached once the change is committed.
     */
    public void evictNowAndAfterCompletion(String path) {
        pl.wspolnie.shared.database.Transactions.nowAndAfterCompletion(() -> evict(path));
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || !paths.contains(request.getRequestURI())
                || request.getParameter("lang") != null || hasCookie(request, "JSESSIONID");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = key(request);
        long gen;
        synchronized (pages) {
            Page page = pages.get(key);
            if (page != null && page.expiresAtNanos() - System.nanoTime() > 0) {
                replay(page, response);
                return;
            }
            gen = generation;
        }
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        wrapper.setHeader("X-Page-Cache", "MISS");
        chain.doFilter(request, wrapper);
        if (wrapper.getStatus() == 200 && !wrapper.getHeaderNames().contains(HttpHeaders.SET_COOKIE)
                && wrapper.getContentType() != null && wrapper.getContentType().startsWith("text/html")) {
            List<Map.Entry<String, String>> headers = new ArrayList<>();
            for (String name : wrapper.getHeaderNames()) {
                if (!NOT_REPLAYED.contains(name.toLowerCase()) && !"X-Page-Cache".equals(name)) {
                    for (String value : wrapper.getHeaders(name)) {
                        headers.add(Map.entry(name, value));
                    }
                }
            }
            Page page = new Page(request.getRequestURI(), wrapper.getContentAsByteArray(), wrapper.getContentType(),
                    headers, System.nanoTime() + TTL.toNanos());
            synchronized (pages) {
                if (gen == generation) {
                    pages.put(key, page);
                }
            }
        }
        wrapper.copyBodyToResponse();
    }

    private static void replay(Page page, HttpServletResponse response) throws IOException {
        response.setStatus(200);
        for (Map.Entry<String, String> h : page.headers()) {
            response.addHeader(h.getKey(), h.getValue());
        }
        response.setHeader("X-Page-Cache", "HIT");
        response.setContentType(page.contentType());
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }

    private static String key(HttpServletRequest request) {
        return request.getRequestURI() + "?" + request.getQueryString() + "|" + cookie(request, "wsp_lang") + "|"
                + cookie(request, DisplayPreferences.FONT_COOKIE) + "|" + cookie(request, DisplayPreferences.CONTRAST_COOKIE);
    }

    private static boolean hasCookie(HttpServletRequest request, String name) {
        return cookie(request, name) != null;
    }

    private static String cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (name.equals(c.getName())) {
                    return c.getValue();
                }
            }
        }
        return null;
    }
}
