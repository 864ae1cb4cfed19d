package pl.wspolnie.shared.scheduling;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;

/**
 * Scheduled jobs run on one instance at a time: every {@code @Scheduled} method also
 * carries {@code @SchedulerLock(name = …)}, and the lock is a row of the table
 * {@code shedlock} (Flyway V4) with times taken from the database, so the instances'
 * clocks do not matter. A job whose lock another instance holds is skipped.
 * <p>
 * The lock is taken outside the job's transaction (highest precedence) and released after
 * its commit, so the next holder sees what the previous one did. Cron jobs keep their
 * lock for a minute at least, so an instance whose clock is a little late does not run
 * the same firing again. The jobs are idempotent on their own too (each reminder is
 * marked sent in the transaction that publishes it, a digest is recorded per person and
 * period).
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M", order = Ordered.HIGHEST_PRECEDENCE)
public class JobLocks {

    /**
     * lockAtLeastFor of jobs run at fixed times (cron): longer than the clocks of two
     * instances may differ.
     */
    public static final String CRON_AT_LEAST = "PT1M";

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
            .withJdbcTemplate(new JdbcTemplate(dataSource))
            .withTableName("shedlock")
            .usingDbTime()
            .build());
    }

}
