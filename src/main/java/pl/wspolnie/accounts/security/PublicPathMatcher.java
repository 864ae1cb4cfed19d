package pl.wspolnie.accounts.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import pl.wspolnie.shared.web.PublicPaths;

import java.util.ArrayList;
import java.util.List;

/**
 * The public paths of every module as one matcher: the request's path is parsed once and
 * then compared with each pattern. A list of one Spring Security matcher per pattern
 * (about 90 of them) parsed the path again for each one, about a tenth of the CPU of a
 * directory API request (docs/benchmarks.md).
 */
class PublicPathMatcher implements RequestMatcher {

    private record Entry(String method, PathPattern pattern) {
    }

    private final List<Entry> entries = new ArrayList<>();

    PublicPathMatcher(List<PublicPaths> publicPaths) {
        for (PublicPaths paths : publicPaths) {
            for (String pattern : paths.patterns()) {
                entries.add(new Entry(paths.method() == null ? null : paths.method().name(),
                        PathPatternParser.defaultInstance.parse(pattern)));
            }
        }
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        PathContainer path = path(request);
        String method = request.getMethod();
        for (Entry entry : entries) {
            if ((entry.method() == null || entry.method().equals(method)) && entry.pattern().matches(path)) {
                return true;
            }
        }
        return false;
    }

    private static PathContainer path(HttpServletRequest request) {
        if (ServletRequestPathUtils.hasParsedRequestPath(request)) {
            return ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication();
        }
        return RequestPath.parse(request.getRequestURI(), request.getContextPath()).pathWithinApplication();
    }

}
