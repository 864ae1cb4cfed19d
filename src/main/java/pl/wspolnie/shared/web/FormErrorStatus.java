package pl.wspolnie.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import pl.wspolnie.shared.domain.RuleViolation;

/**
 * A form posted with errors and shown again answers 422 Unprocessable Content instead of
 * 200, on every form of the platform (a bound form with errors, or a page shown again
 * with the {@link RuleViolation} that refused what was posted, for the fields that no
 * form object holds): the user sees the same page (errors next to the fields, everything
 * typed kept), and scripts, monitoring and assistive tools see that nothing was saved. A
 * status the controller chose itself (409 for a conflict, for example) is left as it is;
 * redirects after a successful post are untouched.
 */
final class FormErrorStatus implements HandlerInterceptor {

    static final int UNPROCESSABLE = 422;

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView view) {
        if (view == null || !"POST".equals(request.getMethod()) || response.getStatus() != HttpServletResponse.SC_OK) {
            return;
        }
        String name = view.getViewName();
        if (name != null && (name.startsWith("redirect:") || name.startsWith("forward:"))) {
            return;
        }
        boolean errors = view.getModel()
            .values()
            .stream()
            .anyMatch(v -> v instanceof BindingResult b && b.hasErrors() || v instanceof RuleViolation);
        if (errors) {
            response.setStatus(UNPROCESSABLE);
        }
    }

}
