package pl.wspolnie.accounts.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import pl.wspolnie.shared.security.AuthenticatedUser;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;

/**
 * The principal of a logged-in person. Roles are not cached here: see AccountPermissions.
 */
record AccountUser(long userId, String email, String displayName, String passwordHash,
        boolean emailConfirmed) implements UserDetails, AuthenticatedUser, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_USER"));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return emailConfirmed;
    }

    @Override
    public String toString() {
        return "AccountUser[" + userId + ", " + email + "]";
    }
}
