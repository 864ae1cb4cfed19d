package pl.wspolnie.shared.web.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller of the public read API under {@code /api/v1}: read-only, no login,
 * errors as problem details ({@link ApiProblems}), unknown query parameters refused
 * ({@link UnknownParameters}), rate-limited per client address ({@link ApiRateLimit}).
 * Its handlers take {@link Paging} and {@link ApiFilter} arguments and answer through
 * {@link ApiResponses} (ETag and Last-Modified). See docs/open-data.md.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PublicApi {

}
