package pl.wspolnie.accounts;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import pl.wspolnie.shared.security.AuthenticatedUser;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.security.Role;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Answers permission questions from the role assignments in the database, read once per
 * request.
 */
@Component("permissions")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AccountPermissions implements Permissions {

    private static final String CACHE = AccountPermissions.class.getName() + ".roles";

    record Grant(Role role, Long jstId) {
    }

    private final JdbcClient jdbc;

    @Override
    public Optional<AuthenticatedUser> currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof AuthenticatedUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    @Override
    public AuthenticatedUser requireUser() {
        return currentUser().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("login required"));
    }

    @Override
    public boolean has(Role role, long jstId) {
        return grants().stream()
            .anyMatch(g -> g.role() == Role.PLATFORM_ADMIN
                    || (g.role() == role && g.jstId() != null && g.jstId() == jstId));
    }

    @Override
    public boolean hasAnywhere(Role role) {
        return grants().stream().anyMatch(g -> g.role() == Role.PLATFORM_ADMIN || g.role() == role);
    }

    @Override
    public Set<Long> jstsWith(Role role) {
        return grants().stream()
            .filter(g -> g.role() == role && g.jstId() != null)
            .map(Grant::jstId)
            .collect(Collectors.toSet());
    }

    @Override
    public boolean isPlatformAdmin() {
        return grants().stream().anyMatch(g -> g.role() == Role.PLATFORM_ADMIN);
    }

    @SuppressWarnings("unchecked")
    private List<Grant> grants() {
        Optional<AuthenticatedUser> user = currentUser();
        if (user.isEmpty()) {
            return List.of();
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        String key = CACHE + "." + user.get().userId();
        if (request != null) {
            Object cached = request.getAttribute(key, RequestAttributes.SCOPE_REQUEST);
            if (cached != null) {
                return (List<Grant>) cached;
            }
        }
        List<Grant> grants = jdbc.sql("select role, jst_id from role_assignment where user_id = ?")
            .param(user.get().userId())
            .query((rs, n) -> new Grant(Role.valueOf(rs.getString(1)), (Long) rs.getObject(2)))
            .list();
        if (request != null) {
            request.setAttribute(key, grants, RequestAttributes.SCOPE_REQUEST);
        }
        return grants;
    }

}
