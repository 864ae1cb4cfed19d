package pl.wspolnie.shared.scheduling;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The scheduled jobs (digests, reminders, lapses, expiries, retention, mail retry) run by
 * themselves unless {@code wspolnie.scheduling.enabled} is false. The tests turn them off
 * and call each job's method with the test clock: a job fired by the real time while a
 * test has moved the clock forward would act on that test's data at a time the test did
 * not choose (a pending room request expired between two requests of one test).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "wspolnie.scheduling.enabled", matchIfMissing = true)
@EnableScheduling
public class Scheduling {

}
