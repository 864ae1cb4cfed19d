package pl.wspolnie.accounts.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.time.Instant;
import java.util.Optional;

/** Password login that refuses locked accounts and IP addresses before checking the password. */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    /** Carries the end of the lock to the failure handler, which shows it to the person. */
    static class TooManyAttemptsException extends LockedException {
        private final Instant until;

        TooManyAttemptsException(Instant until) {
            super("too many failed logins");
            this.until = until;
        }

        Instant until() {
            return until;
        }
    }

    private final DaoAuthenticationProvider delegate;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(DaoAuthenticationProvider delegate, LoginThrottle throttle) {
        this.delegate = delegate;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String accountKey = LoginThrottle.accountKey(authentication.getName());
        String ipKey = LoginThrottle.ipKey(remoteAddress(authentication));
        Optional<Instant> locked = throttle.lockedUntil(accountKey, ipKey);
        if (locked.isPresent()) {
            throw new TooManyAttemptsException(locked.get());
        }
        try {
            Authentication result = delegate.authenticate(authentication);
            throttle.clear(accountKey);
            return result;
        } catch (BadCredentialsException e) {
            throttle.recordFailure(accountKey, ipKey);
            Optional<Instant> nowLocked = throttle.lockedUntil(accountKey, ipKey);
            if (nowLocked.isPresent()) {
                throw new TooManyAttemptsException(nowLocked.get());
            }
            throw e;
        }
    }

    private static String remoteAddress(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null) {
            return details.getRemoteAddress();
        }
        return "unknown";
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
