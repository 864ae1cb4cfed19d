package pl.wspolnie.shared.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import pl.wspolnie.shared.domain.DomainException;
import pl.wspolnie.shared.domain.NotAllowed;
import pl.wspolnie.shared.domain.NotFound;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.domain.StateConflict;

/**
 * The one place where the domain's refusals become pages: {@link StateConflict} 409,
 * {@link RuleViolation} 422 (when no form caught it), {@link NotFound} 404,
 * {@link NotAllowed} 403 — or the login page for a visitor who is not logged in. Each
 * page says why, in the user's language, with the same layout; {@code /api/**} gets a
 * problem detail (RFC 9457) instead. Controllers catch only what they turn into a field
 * error on their form.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DomainErrorPages {

    private static final Logger log = LoggerFactory.getLogger(DomainErrorPages.class);

    private final MessageSource messages;

    @ExceptionHandler(StateConflict.class)
    Object conflict(StateConflict e, HttpServletRequest request, HttpServletResponse response) {
        return page(HttpStatus.CONFLICT, "error.409.title", e, request, response);
    }

    @ExceptionHandler(RuleViolation.class)
    Object ruleViolation(RuleViolation e, HttpServletRequest request, HttpServletResponse response) {
        return page(HttpStatus.UNPROCESSABLE_CONTENT, "error.422.title", e, request, response);
    }

    @ExceptionHandler(NotFound.class)
    Object notFound(NotFound e, HttpServletRequest request, HttpServletResponse response) {
        return page(HttpStatus.NOT_FOUND, "error.404.title", e, request, response);
    }

    @ExceptionHandler(NotAllowed.class)
    Object notAllowed(NotAllowed e, HttpServletRequest request, HttpServletResponse response) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if ((auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated())
                && !isApi(request)) {
            return new ModelAndView("redirect:/login");
        }
        return page(HttpStatus.FORBIDDEN, "error.403.title", e, request, response);
    }

    private Object page(HttpStatus status, String titleKey, DomainException e, HttpServletRequest request,
            HttpServletResponse response) {
        log.debug("{} {} {}: {}", status.value(), request.getMethod(), request.getRequestURI(), e.getMessage());
        String text = messages.getMessage(e.messageKey(), e.args(), e.messageKey(), LocaleContextHolder.getLocale());
        String title = messages.getMessage(titleKey, null, titleKey, LocaleContextHolder.getLocale());
        if (isApi(request)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text);
            problem.setTitle(title);
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        response.setStatus(status.value());
        ModelAndView page = new ModelAndView("error/problem", status);
        page.addObject("problemTitle", title);
        page.addObject("problemText", text);
        return page;
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

}
