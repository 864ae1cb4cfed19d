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
import pl.wspolnie.shared.cache.Caches;
import pl.wspolnie.shared.cache.Sized;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Micro-cache of whole public pages for anonymous visitors, like a reverse proxy's: a
 * page that many people read and few change (the directory's result lists, the news list,
 * the calendar, the centre's week views and trainings) is rendered once per combination
 * of language and display preferences and kept in the cache of the data it shows
 * ({@link PublicPage#cache()}, declared in {@code shared.cache.CacheConfiguration}):
 * whatever evicts that data (after commit, on every instance) drops the pages too, and
 * they expire with it. Only GETs without a session cookie and without ?lang, for paths a
 * module declared as a {@link PublicPage}, answered 200 with no Set-Cookie, are stored —
 * so nothing personal is ever cached. Responses carry {@code X-Page-Cache: HIT|MISS}.
 */
public class PublicPageCache extends OncePerRequestFilter {

    /**
     * A path whose anonymous responses may be cached: an exact path ({@code /news}) or a
     * path pattern of Spring MVC's syntax ({@code /centre/resources/{id:\\d+}}), kept in
     * the named cache. The query string is part of the key (each {@code ?week=} or
     * {@code ?page=} is its own page).
     */
    public record PublicPage(String path, String cache) {
    }

    /**
     * Longer query strings are never cached, so made-up parameters cannot push the real
     * pages out.
     */
    static final int MAX_QUERY = 100;

    /** Pages bigger than this are served, not stored. */
    static final int MAX_BODY = 512 * 1024;

    private static final Set<String> NOT_REPLAYED = Set.of("set-cookie", "date", "content-length", "transfer-encoding");

    private record Key(String uri, String query, String lang, String font, String contrast) {
    }

    private record Page(byte[] body, String contentType, List<Map.Entry<String, String>> headers) implements Sized {
        @Override
        public long bytes() {
            return 200L + body.length + 100L * headers.size();
        }
    }

    private final Caches caches;

    /** The declared pages: a path or path pattern, and the cache that keeps its pages. */
    private final Map<PathPattern, String> pages = new LinkedHashMap<>();

    public PublicPageCache(Caches caches, List<PublicPage> pages) {
        this.caches = caches;
        for (PublicPage page : pages) {
            this.pages.put(PathPatternParser.defaultInstance.parse(page.path()), page.cache());
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || cacheOf(request.getRequestURI()) == null
                || (request.getQueryString() != null && request.getQueryString().length() > MAX_QUERY)
                || request.getParameter("lang") != null || cookie(request, "JSESSIONID") != null;
    }

    /** The cache that keeps this path's pages, or null when it is not cacheable. */
    private String cacheOf(String uri) {
        PathContainer container = PathContainer.parsePath(uri);
        for (Map.Entry<PathPattern, String> p : pages.entrySet()) {
            if (p.getKey().matches(container)) {
                return p.getValue();
            }
        }
        return null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper[] rendered = new ContentCachingResponseWrapper[1];
        Page page;
        try {
            page = caches.get(cacheOf(request.getRequestURI()), key(request), () -> {
                rendered[0] = render(request, response, chain);
                return storable(rendered[0]);
            });
        }
        catch (Rendering e) {
            if (e.getCause() instanceof ServletException s) {
                throw s;
            }
            throw (IOException) e.getCause();
        }
        if (rendered[0] != null) {
            rendered[0].copyBodyToResponse();
        }
        else {
            replay(page, response);
        }
    }

    private static ContentCachingResponseWrapper render(HttpServletRequest request, HttpServletResponse response,
            FilterChain chain) {
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        wrapper.setHeader("X-Page-Cache", "MISS");
        try {
            chain.doFilter(request, wrapper);
        }
        catch (IOException | ServletException e) {
            throw new Rendering(e);
        }
        return wrapper;
    }

    /** The page to keep, or null when this response must not be kept. */
    private static Page storable(ContentCachingResponseWrapper wrapper) {
        if (wrapper.getStatus() != 200 || wrapper.getHeaderNames().contains(HttpHeaders.SET_COOKIE)
                || wrapper.getContentType() == null || !wrapper.getContentType().startsWith("text/html")
                || wrapper.getContentSize() > MAX_BODY) {
            return null;
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (String name : wrapper.getHeaderNames()) {
            if (!NOT_REPLAYED.contains(name.toLowerCase()) && !"X-Page-Cache".equals(name)) {
                for (String value : wrapper.getHeaders(name)) {
                    headers.add(Map.entry(name, value));
                }
            }
        }
        return new Page(wrapper.getContentAsByteArray(), wrapper.getContentType(), List.copyOf(headers));
    }

    /** Carries the chain's checked exception through the cache's loader. */
    private static final class Rendering extends RuntimeException {

        Rendering(Exception cause) {
            super(cause);
        }

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

    private static Key key(HttpServletRequest request) {
        return new Key(request.getRequestURI(), request.getQueryString(), cookie(request, "wsp_lang"),
                cookie(request, DisplayPreferences.FONT_COOKIE), cookie(request, DisplayPreferences.CONTRAST_COOKIE));
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
