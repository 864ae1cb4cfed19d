package pl.wspolnie.initiatives.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import pl.wspolnie.shared.security.AuthenticatedUser;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.security.Role;

import java.util.Optional;

/**
 * Who may do what with local initiatives: the officials (and administrators) of a JST set
 * its resolution's rules, evaluate and decide its applications and record its purchases;
 * applicants work only on their own applications (see {@link Initiatives}).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class InitiativeAccess {

    private static final Role[] OFFICIALS = { Role.OFFICIAL, Role.JST_ADMIN };

    private final Permissions permissions;

    /** True when the current person is an official of the JST. */
    public boolean isOfficial(long jstId) {
        if (permissions.currentUser().isEmpty()) {
            return false;
        }
        for (Role role : OFFICIALS) {
            if (permissions.has(role, jstId)) {
                return true;
            }
        }
        return false;
    }

    /** The official of the JST, or 403. */
    public AuthenticatedUser requireOfficial(long jstId) {
        AuthenticatedUser user = permissions.requireUser();
        permissions.require(jstId, OFFICIALS);
        return user;
    }

    public AuthenticatedUser requireUser() {
        return permissions.requireUser();
    }

    public Optional<AuthenticatedUser> currentUser() {
        return permissions.currentUser();
    }

}
