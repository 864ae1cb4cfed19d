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
 * The password hash is there only while the login is checked: the session keeps a copy
 * without it.
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

    /**
     * The same person without the password hash: what the session keeps after the login
     * ({@link ThrottledAuthenticationProvider#withoutCredentials}).
     */
    AccountUser withoutPassword() {
        return new AccountUser(userId, email, displayName, null, emailConfirmed);
    }

    @Override
    public String toString() {
        return "AccountUser[" + userId + ", " + email + "]";
    }
}
