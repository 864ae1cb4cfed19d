package pl.wspolnie.shared.web.api;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The public API's refusals of a request as problem details (RFC 9457,
 * application/problem+json) with the offending {@code parameter}; the domain's refusals
 * (404 for an unknown or non-public record) come from {@code DomainErrorPages}, also as
 * problem details under /api.
 */
@RestControllerAdvice(annotations = PublicApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class ApiProblems {

    @ExceptionHandler(BadParameter.class)
    ResponseEntity<ProblemDetail> badParameter(BadParameter e) {
        return badParameter(e.parameter(), e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e) {
        return badParameter(e.getName(), "Parameter '" + e.getName() + "': not a valid value");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e) {
        return badParameter(e.getParameterName(), "Parameter '" + e.getParameterName() + "': required");
    }

    /** 400 for a parameter that cannot be used, naming it in {@code parameter}. */
    public static ResponseEntity<ProblemDetail> badParameter(String parameter, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid parameter");
        problem.setProperty("parameter", parameter);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

}
