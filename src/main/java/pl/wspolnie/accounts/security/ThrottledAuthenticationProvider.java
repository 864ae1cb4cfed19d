package pl.wspolnie.accounts.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import pl.wspolnie.accounts.AccountService;

import java.time.Instant;
import java.util.Optional;

/**
 * Password login under the {@link LoginThrottle}: a locked address is refused; an account
 * paused by failures is refused only from addresses it does not trust — before the
 * password is checked, so a paused account cannot be guessed at — while its owner logs in
 * from a trusted address or after opening the unlock link mailed at the pause.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    /**
     * Carries the end of the lock, and whose lock it is, to the failure handler, which
     * shows it to the person.
     */
    static class TooManyAttemptsException extends LockedException {

        private final Instant until;

        private final boolean accountPaused;

        TooManyAttemptsException(Instant until, boolean accountPaused) {
            super("too many failed logins");
            this.until = until;
            this.accountPaused = accountPaused;
        }

        Instant until() {
            return until;
        }

        /**
         * True when the account is paused for untrusted addresses (rather than this
         * address being locked).
         */
        boolean accountPaused() {
            return accountPaused;
        }

    }

    private final DaoAuthenticationProvider delegate;

    private final LoginThrottle throttle;

    private final AccountService accounts;

    ThrottledAuthenticationProvider(DaoAuthenticationProvider delegate, LoginThrottle throttle,
            AccountService accounts) {
        this.delegate = delegate;
        this.throttle = throttle;
        this.accounts = accounts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = authentication.getName();
        String accountKey = LoginThrottle.accountKey(email);
        String address = remoteAddress(authentication);
        String ipKey = LoginThrottle.ipKey(address);
        Optional<Instant> addressLocked = throttle.lockedUntil(ipKey);
        if (addressLocked.isPresent()) {
            throw new TooManyAttemptsException(addressLocked.get(), false);
        }
        boolean trusted = throttle.isTrusted(accountKey, address);
        if (!trusted) {
            Optional<Instant> paused = throttle.lockedUntil(accountKey);
            if (paused.isPresent()) {
                throw new TooManyAttemptsException(paused.get(), true);
            }
        }
        try {
            Authentication result = delegate.authenticate(authentication);
            throttle.succeeded(accountKey, address);
            return withoutCredentials(result);
        }
        catch (BadCredentialsException e) {
            throttle.recordAddressFailure(ipKey);
            if (!trusted && throttle.recordAccountFailure(accountKey)) {
                accounts.requestLoginUnlock(email);
            }
            Optional<Instant> nowLocked = throttle.lockedUntil(ipKey);
            if (nowLocked.isPresent()) {
                throw new TooManyAttemptsException(nowLocked.get(), false);
            }
            Optional<Instant> nowPaused = trusted ? Optional.empty() : throttle.lockedUntil(accountKey);
            if (nowPaused.isPresent()) {
                throw new TooManyAttemptsException(nowPaused.get(), true);
            }
            throw e;
        }
    }

    /**
     * The authentication as kept in the session (Spring Session JDBC stores it serialised
     * in spring_session_attributes): neither the password typed nor the account's
     * password hash. The principal is immutable, so it is replaced by a copy without the
     * hash rather than erased in place.
     */
    static Authentication withoutCredentials(Authentication result) {
        if (!(result.getPrincipal() instanceof AccountUser user)) {
            return result;
        }
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken
            .authenticated(user.withoutPassword(), null, result.getAuthorities());
        token.setDetails(result.getDetails());
        return token;
    }

    static String remoteAddress(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null) {
            return details.getRemoteAddress();
        }
        return "unknown";
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

}
