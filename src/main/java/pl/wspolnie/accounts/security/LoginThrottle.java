package pl.wspolnie.accounts.security;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

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
 * Failed logins, kept in the database so every instance sees them.
 * <ul>
 * <li>Per address: {@code maxFailedLogins} failures lock the address for
 * {@code lockoutMinutes}, whatever account it tries.</li>
 * <li>Per account: failures from addresses the account never logged in from count; at
 * {@code maxFailedLogins} logins of that account from such addresses pause for
 * {@code lockoutMinutes}, doubling with each further lock (up to 24 h; forgotten after a
 * day without failures). Trusted addresses — where the account logged in, or where its
 * owner opened the unlock link — are not paused, so a stranger cannot lock the owner
 * out.</li>
 * </ul>
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class LoginThrottle {

    static final Duration MAX_ACCOUNT_LOCK = Duration.ofHours(24);
    static final Duration TRUSTED_FOR = Duration.ofDays(180);

    private final JdbcClient jdbc;

    private final AccountSettings settings;

    private final Clock clock;

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
                .param(key)
                .query(Timestamp.class)
                .optional();
            if (until.isPresent() && until.get() != null && until.get().toInstant().isAfter(now)
                    && (latest == null || until.get().toInstant().isAfter(latest))) {
                latest = until.get().toInstant();
            }
        }
        return Optional.ofNullable(latest);
    }

    /**
     * True when the account logged in from this address (or its owner unlocked it) in the
     * last 180 days.
     */
    @Transactional(readOnly = true)
    public boolean isTrusted(String accountKey, String address) {
        return jdbc
            .sql("select count(*) from login_trusted_address where account_key = ? and address = ? and trusted_at > ?")
            .param(accountKey)
            .param(address)
            .param(Timestamp.from(clock.instant().minus(TRUSTED_FOR)))
            .query(Long.class)
            .single() > 0;
    }

    /** A failure from an address: at the limit the address is locked. */
    @Transactional
    public void recordAddressFailure(String ipKey) {
        countFailure(ipKey);
        jdbc.sql("""
                update login_throttle set locked_until = :until, failures = 0
                where throttle_key = :key and failures >= :max""")
            .param("until", Timestamp.from(clock.instant().plus(Duration.ofMinutes(settings.lockoutMinutes()))))
            .param("key", ipKey)
            .param("max", settings.maxFailedLogins())
            .update();
    }

    /**
     * A failure of an account from an address it does not trust. At the limit, logins of
     * the account from untrusted addresses pause, each lock twice as long as the one
     * before.
     * @return true when this failure started a lock (the owner is then sent an unlock
     * link)
     */
    @Transactional
    public boolean recordAccountFailure(String accountKey) {
        Instant now = clock.instant();
        jdbc.sql("update login_throttle set lock_count = 0 where throttle_key = ? and last_failure < ?")
            .param(accountKey)
            .param(Timestamp.from(now.minus(Duration.ofDays(1))))
            .update();
        countFailure(accountKey);
        Integer locks = jdbc.sql("""
                update login_throttle set lock_count = lock_count + 1, failures = 0
                where throttle_key = :key and failures >= :max
                returning lock_count""")
            .param("key", accountKey)
            .param("max", settings.maxFailedLogins())
            .query(Integer.class)
            .optional()
            .orElse(null);
        if (locks == null) {
            return false;
        }
        jdbc.sql("update login_throttle set locked_until = ? where throttle_key = ?")
            .param(Timestamp.from(now.plus(lockLength(locks))))
            .param(accountKey)
            .update();
        return true;
    }

    /**
     * The length of the n-th lock of an account in a row: lockoutMinutes, doubled each
     * time, at most 24 h.
     */
    Duration lockLength(int lockNumber) {
        Duration length = Duration.ofMinutes(settings.lockoutMinutes());
        for (int i = 1; i < lockNumber && length.compareTo(MAX_ACCOUNT_LOCK) < 0; i++) {
            length = length.multipliedBy(2);
        }
        return length.compareTo(MAX_ACCOUNT_LOCK) > 0 ? MAX_ACCOUNT_LOCK : length;
    }

    /**
     * A successful login: the account's failures are forgotten and the address is
     * trusted.
     */
    @Transactional
    public void succeeded(String accountKey, String address) {
        jdbc.sql("delete from login_throttle where throttle_key = ?").param(accountKey).update();
        trust(accountKey, address);
    }

    /**
     * Trusts an address for the account (after a login, or when the owner opens the
     * unlock link there).
     */
    @Transactional
    public void trust(String accountKey, String address) {
        Instant now = clock.instant();
        jdbc.sql("""
                insert into login_trusted_address (account_key, address, trusted_at) values (?, ?, ?)
                on conflict (account_key, address) do update set trusted_at = excluded.trusted_at""")
            .param(accountKey)
            .param(address)
            .param(Timestamp.from(now))
            .update();
        jdbc.sql("delete from login_trusted_address where account_key = ? and trusted_at < ?")
            .param(accountKey)
            .param(Timestamp.from(now.minus(TRUSTED_FOR)))
            .update();
    }

    private void countFailure(String key) {
        Instant now = clock.instant();
        // Failures older than the lockout window are forgotten; reaching the limit locks
        // the key and restarts the count.
        jdbc.sql(
                """
                        insert into login_throttle (throttle_key, failures, last_failure) values (:key, 1, :now)
                        on conflict (throttle_key) do update set
                          failures = case when login_throttle.last_failure < :windowStart then 1 else login_throttle.failures + 1 end,
                          last_failure = :now""")
            .param("key", key)
            .param("now", Timestamp.from(now))
            .param("windowStart", Timestamp.from(now.minus(Duration.ofMinutes(settings.lockoutMinutes()))))
            .update();
    }

}
