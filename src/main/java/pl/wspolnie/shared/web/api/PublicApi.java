package pl.wspolnie.shared.web.api;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a controller of the public read API: a REST controller whose handlers are
 * under {@code /api/v1} (so each controller names only its own paths), read-only, no
 * login, errors as problem details ({@link ApiProblems}), unknown query parameters
 * refused ({@link UnknownParameters}), rate-limited per client address
 * ({@link ApiRateLimit}). Its handlers take {@link Paging} and {@link ApiFilter}
 * arguments and answer through {@link ApiResponses} (ETag and Last-Modified). See
 * docs/open-data.md.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@RestController
@RequestMapping("/api/v1")
public @interface PublicApi {

}
