package pl.wspolnie.accounts;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import pl.wspolnie.accounts.AccountToken.Purpose;
import pl.wspolnie.shared.security.Role;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The first platform administrator of a production install (no demo data): while no
 * platform administrator exists, start-up gives the account of
 * {@code WSPOLNIE_ADMIN_EMAIL} the role and mails it a single-use link to set its
 * password (a password-reset token valid {@link AccountSettings#firstAdminLinkHours()}).
 * The account is created unconfirmed and without a usable password; an existing
 * unconfirmed account loses the password someone registered it with, so only the owner of
 * the mailbox gets in.
 * <p>
 * Runs after the demo data (which brings its own administrator). Idempotent on restarts,
 * and once across instances starting together: the check and the creation run in one
 * transaction under a PostgreSQL advisory lock, so a second instance waits and then sees
 * the administrator.
 */
@Component
@Order(20)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class FirstAdministrator implements ApplicationRunner {

    /** Key of the transaction-scoped advisory lock ("Wspolnie" in ASCII). */
    static final long LOCK_KEY = 0x57_73_70_6F_6C_6E_69_65L;

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AccountSettings settings;

    private final UserAccounts users;

    private final RoleAssignments roles;

    private final AccountTokens tokens;

    private final PasswordEncoder passwordEncoder;

    private final ApplicationEventPublisher events;

    private final JdbcClient jdbc;

    private final TransactionTemplate tx;

    private final ObjectProvider<JavaMailSender> smtp;

    private final Clock clock;

    @Override
    public void run(ApplicationArguments args) {
        String email = settings.firstAdminEmail();
        if (!email.isEmpty()) {
            ensure(email);
        }
    }

    /**
     * Creates the administrator when there is no platform administrator; true when it
     * did.
     */
    public boolean ensure(String email) {
        if (!email.contains("@") || email.length() > 320) {
            throw new IllegalStateException("WSPOLNIE_ADMIN_EMAIL is not an e-mail address: " + email);
        }
        Boolean created = tx.execute(status -> {
            jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK_KEY).query((rs, row) -> 1).list();
            if (roles.existsByRoleAndJstIdIsNull(Role.PLATFORM_ADMIN)) {
                return false;
            }
            Instant now = clock.instant();
            UserAccount user = users.findByEmail(email).orElse(null);
            if (user == null) {
                user = users.save(
                        new UserAccount(email, email.substring(0, email.indexOf('@')), unusablePassword(), "pl", now));
            }
            else if (!user.isEmailConfirmed()) {
                // whoever registered it may not know the mailbox
                user.changePasswordHash(unusablePassword());
            }
            roles.save(new RoleAssignment(user.getId(), Role.PLATFORM_ADMIN, null, null, now));
            String raw = AccountToken.newRawToken();
            long hours = settings.firstAdminLinkHours();
            tokens.save(new AccountToken(user.getId(), Purpose.RESET_PASSWORD, raw, now,
                    now.plus(Duration.ofHours(hours))));
            events.publishEvent(new AccountEvents.AdministratorCreated(user.getId(), user.getEmail(), raw, hours));
            return true;
        });
        if (Boolean.TRUE.equals(created)) {
            if (smtp.getIfAvailable() != null) {
                log.info("First platform administrator {} created; a single-use link to set the password was mailed "
                        + "(valid {} h)", email, settings.firstAdminLinkHours());
            }
            else {
                log.warn(
                        "First platform administrator {} created; no SMTP server is configured, so the mail with the "
                                + "link to set the password (valid {} h) is only written to this log",
                        email, settings.firstAdminLinkHours());
            }
        }
        else {
            log.info("A platform administrator exists; WSPOLNIE_ADMIN_EMAIL ({}) creates nobody", email);
        }
        return Boolean.TRUE.equals(created);
    }

    private String unusablePassword() {
        return passwordEncoder.encode(AccountToken.newRawToken());
    }

}
