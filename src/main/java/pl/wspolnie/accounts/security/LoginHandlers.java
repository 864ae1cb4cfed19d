package pl.wspolnie.accounts.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import pl.wspolnie.accounts.LoginRecorder;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import jakarta.servlet.ServletException;

/**
 * After a login attempt: remember the typed e-mail and say exactly why a login failed. A
 * successful login goes back to the page that asked for it (a saved request), else to "Co
 * wymaga mojej uwagi" ({@code /me}).
 */
@Component
class LoginHandlers extends SavedRequestAwareAuthenticationSuccessHandler implements AuthenticationFailureHandler {

    static final String LAST_EMAIL = "wspolnie.login.lastEmail";
    static final String LOCK_MINUTES = "wspolnie.login.lockMinutes";

    private final Clock clock;

    private final LoginRecorder recorder;

    LoginHandlers(Clock clock, LoginRecorder recorder) {
        this.clock = clock;
        this.recorder = recorder;
        setDefaultTargetUrl("/me");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        request.getSession().removeAttribute(LAST_EMAIL);
        if (authentication.getPrincipal() instanceof AccountUser user) {
            recorder.loggedIn(user.userId());
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String email = request.getParameter("email");
        request.getSession().setAttribute(LAST_EMAIL, email == null ? "" : email.strip());
        String reason;
        if (exception instanceof ThrottledAuthenticationProvider.TooManyAttemptsException locked) {
            long minutes = Math.max(1,
                    (long) Math.ceil(Duration.between(clock.instant(), locked.until()).getSeconds() / 60.0));
            request.getSession().setAttribute(LOCK_MINUTES, minutes);
            reason = locked.accountPaused() ? "paused" : "locked";
        }
        else if (exception instanceof DisabledException) {
            reason = "unconfirmed";
        }
        else {
            reason = "bad";
        }
        response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
    }

}
