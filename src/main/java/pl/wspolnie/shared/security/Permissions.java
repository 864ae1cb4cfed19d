package pl.wspolnie.shared.security;

import pl.wspolnie.shared.domain.NotAllowed;
import java.util.Optional;
import java.util.Set;

/**
 * Server-side answer to "may the current user do this?". Implemented by the accounts
 * module from the role assignments in the database, read fresh on every request so a
 * revoked role stops working at once.
 */
public interface Permissions {

    /** The logged-in user, empty for anonymous visitors. */
    Optional<AuthenticatedUser> currentUser();

    /**
     * The logged-in user or a NotAllowed (anonymous → redirected to the login page).
     */
    AuthenticatedUser requireUser();

    /**
     * True when the current user holds the role in this JST, or is a platform
     * administrator.
     */
    boolean has(Role role, long jstId);

    /**
     * True when the current user holds the role in any JST (or is a platform
     * administrator).
     */
    boolean hasAnywhere(Role role);

    /**
     * The JSTs in which the current user holds the role (all JSTs count for platform
     * administrators: see isPlatformAdmin).
     */
    Set<Long> jstsWith(Role role);

    boolean isPlatformAdmin();

    /**
     * Throws NotAllowed (403) unless {@link #has(Role, long)} for one of the roles.
     */
    default void require(long jstId, Role... anyOf) {
        requireUser();
        for (Role role : anyOf) {
            if (has(role, jstId)) {
                return;
            }
        }
        throw new NotAllowed("missing role in JST " + jstId);
    }

}
