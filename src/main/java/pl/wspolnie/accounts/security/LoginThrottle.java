package pl.wspolnie.accounts.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.accounts.AccountSettings;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Counts failed logins per account and per IP address. After {@code maxFailedLogins} failures a
 * key is locked for {@code lockoutMinutes}; a successful login clears the account's counter.
 * Kept in the database so the lock holds across several application instances.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final AccountSettings settings;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, AccountSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    static String accountKey(String email) {
        return "account:" + (email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
    }

    static String ipKey(String ip) {
        return "ip:" + ip;
    }

    /** The instant until which one of the keys is locked, if any. */
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String... keys) {
        Instant now = clock.instant();
        Instant latest = null;
        for (String key : keys) {
            Optional<Timestamp> until = jdbc.sql("select locked_until from login_throttle where throttle_key = ?")
                    .param(key).query(Timestamp.class).optional();
            if (until.isPresent() && until.get() != null && until.get().toInstant().isAfter(now)
                    && (latest == null || until.get().toInstant().isAfter(latest))) {
                latest = until.get().toInstant();
            }
        }
        return Optional.ofNullable(latest);
    }

    @Transactional
    public void recordFailure(String... keys) {
        Instant now = clock.instant();
        Timestamp lockUntil = Timestamp.from(now.plus(Duration.ofMinutes(settings.lockoutMinutes())));
        // Failures older than the lockout window are forgotten; reaching the limit locks the key and restarts the count.
        for (String key : keys) {
            jdbc.sql("""
                            insert into login_throttle (throttle_key, failures, last_failure) values (:key, 1, :now)
                            on conflict (throttle_key) do update set
                              failures = case when login_throttle.last_failure < :windowStart then 1 else login_throttle.failures + 1 end,
                              last_failure = :now""")
                    .param("key", key).param("now", Timestamp.from(now))
                    .param("windowStart", Timestamp.from(now.minus(Duration.ofMinutes(settings.lockoutMinutes()))))
                    .update();
            jdbc.sql("""
                            update login_throttle set locked_until = :until, failures = 0
                            where throttle_key = :key and failures >= :max""")
                    .param("until", lockUntil).param("key", key).param("max", settings.maxFailedLogins())
                    .update();
        }
    }

    @Transactional
    public void clear(String key) {
        jdbc.sql("delete from login_throttle where throttle_key = ?").param(key).update();
    }
}
