package pl.wspolnie.shared.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Entities whose changes are technical, not business state (e.g. failed-login counters),
 * and stay out of the audit log. Every other JPA entity is audited automatically.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface NotAudited {

}
