package pl.wspolnie.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

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

    /**
     * A path whose anonymous responses may be cached: an exact path ({@code /news}) or a path pattern of
     * Spring MVC's syntax ({@code /centre/resources/{id:\\d+}}). The query string is part of the key (each
     * {@code ?week=} or {@code ?page=} is its own page); {@link #evict(String)} with the same pattern drops
     * every page cached under it.
     */
    public record Cacheable(String path) {
    }

    static final int MAX_ENTRIES = 500;
    /** Longer query strings are never cached, so made-up parameters cannot push the real pages out. */
    static final int MAX_QUERY = 100;
    /** Pages bigger than this are served, not stored. */
    static final int MAX_BODY = 512 * 1024;
    static final Duration TTL = Duration.ofSeconds(30);
    private static final Set<String> NOT_REPLAYED = Set.of("set-cookie", "date", "content-length", "transfer-encoding");

    private record Page(String path, String pattern, byte[] body, String contentType, List<Map.Entry<String, String>> headers,
                        long expiresAtNanos) {
    }

    private final Set<String> paths;
    private final Map<String, PathPattern> patterns = new LinkedHashMap<>();
    private final Map<String, Page> pages = new LinkedHashMap<>(128, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Page> eldest) {
            return size() > MAX_ENTRIES;
        }
    };
    private long generation;

    public PublicPageCache(Set<String> paths) {
        Set<String> exact = new java.util.HashSet<>();
        for (String path : paths) {
            if (path.contains("{") || path.contains("*")) {
                patterns.put(path, PathPatternParser.defaultInstance.parse(path));
            } else {
                exact.add(path);
            }
        }
        this.paths = Set.copyOf(exact);
    }

    /** Drops every cached page of this path, or of every path of this pattern (call when the data it shows changed). */
    public void evict(String path) {
        synchronized (pages) {
            generation++;
            pages.values().removeIf(p -> p.path().equals(path) || p.pattern().equals(path));
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
        return !"GET".equals(request.getMethod()) || pattern(request.getRequestURI()) == null
                || (request.getQueryString() != null && request.getQueryString().length() > MAX_QUERY)
                || request.getParameter("lang") != null || hasCookie(request, "JSESSIONID");
    }

    /** The exact path or the pattern under which this path is cached, or null when it is not cacheable. */
    private String pattern(String uri) {
        if (paths.contains(uri)) {
            return uri;
        }
        if (!patterns.isEmpty()) {
            PathContainer container = PathContainer.parsePath(uri);
            for (Map.Entry<String, PathPattern> p : patterns.entrySet()) {
                if (p.getValue().matches(container)) {
                    return p.getKey();
                }
            }
        }
        return null;
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
                && wrapper.getContentType() != null && wrapper.getContentType().startsWith("text/html")
                && wrapper.getContentSize() <= MAX_BODY) {
            List<Map.Entry<String, String>> headers = new ArrayList<>();
            for (String name : wrapper.getHeaderNames()) {
                if (!NOT_REPLAYED.contains(name.toLowerCase()) && !"X-Page-Cache".equals(name)) {
                    for (String value : wrapper.getHeaders(name)) {
                        headers.add(Map.entry(name, value));
                    }
                }
            }
            Page page = new Page(request.getRequestURI(), pattern(request.getRequestURI()), wrapper.getContentAsByteArray(), wrapper.getContentType(),
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
