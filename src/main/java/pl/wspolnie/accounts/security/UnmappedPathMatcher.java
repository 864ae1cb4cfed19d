package pl.wspolnie.accounts.security;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Matches requests that no controller handles, so they reach the 404 page instead of the
 * login form. A logged-in person's request is let through by the rule after this one
 * anyway: it is not looked up (the lookup of the handler costs a request as much as the
 * dispatcher's own).
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class UnmappedPathMatcher implements RequestMatcher {

    private final RequestMappingHandlerMapping mapping;

    @Override
    public boolean matches(HttpServletRequest request) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
            return false;
        }
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
