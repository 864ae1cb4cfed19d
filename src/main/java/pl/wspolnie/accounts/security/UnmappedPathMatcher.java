package pl.wspolnie.accounts.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Matches requests that no controller handles, so they reach the 404 page instead of the
 * login form.
 */
class UnmappedPathMatcher implements RequestMatcher {

    private final RequestMappingHandlerMapping mapping;

    UnmappedPathMatcher(RequestMappingHandlerMapping mapping) {
        this.mapping = mapping;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        boolean parsedHere = !ServletRequestPathUtils.hasParsedRequestPath(request);
        try {
            if (parsedHere) {
                ServletRequestPathUtils.parseAndCache(request);
            }
            return mapping.getHandler(request) == null && !request.getRequestURI().startsWith("/admin");
        }
        catch (Exception e) {
            // e.g. a mapped path with another HTTP method: leave it protected
            return false;
        }
        finally {
            if (parsedHere) {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            }
        }
    }

}
