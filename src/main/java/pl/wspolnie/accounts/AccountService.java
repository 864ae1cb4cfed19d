package pl.wspolnie.accounts;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.accounts.AccountToken.Purpose;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.shared.domain.RuleViolation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Use cases of a person's own account: register, confirm, reset and change the password.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AccountService {

    private final UserAccounts users;

    private final AccountTokens tokens;

    private final RoleAssignments roles;

    private final PasswordEncoder passwordEncoder;

    private final ApplicationEventPublisher events;

    private final AccountSettings settings;

    private final Jsts jsts;

    private final Clock clock;

    /**
     * Creates an unconfirmed account (resident of the chosen JST, if any) and sends the
     * confirmation link.
     * @throws RuleViolation on field "email" when the address is already registered
     */
    public long register(String email, String displayName, String rawPassword, Long residentJstId, Locale locale) {
        if (users.findByEmail(email.strip()).isPresent()) {
            throw new RuleViolation("email", "accounts.register.emailTaken");
        }
        if (residentJstId != null && !jsts.exists(residentJstId)) {
            throw new RuleViolation("jstId", "accounts.register.jstUnknown");
        }
        Instant now = clock.instant();
        UserAccount user = users
            .save(new UserAccount(email, displayName, passwordEncoder.encode(rawPassword), locale.getLanguage(), now));
        if (residentJstId != null) {
            roles.save(new RoleAssignment(user.getId(), Role.RESIDENT, residentJstId, user.getId(), now));
        }
        sendConfirmation(user);
        return user.getId();
    }

    /**
     * Sends a new confirmation link to an unconfirmed account; silently does nothing
     * otherwise (no account enumeration).
     */
    public void resendConfirmation(String email) {
        users.findByEmail(email.strip()).filter(u -> !u.isEmailConfirmed()).ifPresent(this::sendConfirmation);
    }

    /** Confirms the e-mail address; false when the link is unknown, used or expired. */
    public boolean confirmEmail(String rawToken) {
        return useToken(rawToken, Purpose.CONFIRM_EMAIL).map(token -> {
            users.findById(token.getUserId()).ifPresent(UserAccount::confirmEmail);
            return true;
        }).orElse(false);
    }

    /**
     * Sends a reset link when the account exists; the answer to the user is the same
     * either way.
     */
    public void requestPasswordReset(String email) {
        users.findByEmail(email.strip()).ifPresent(user -> {
            Instant now = clock.instant();
            String raw = AccountToken.newRawToken();
            tokens.save(new AccountToken(user.getId(), Purpose.RESET_PASSWORD, raw, now,
                    now.plus(Duration.ofMinutes(settings.resetTokenMinutes()))));
            events.publishEvent(new AccountEvents.PasswordResetRequested(user.getId(), user.getEmail(),
                    user.getDisplayName(), raw, user.getPreferredLocale()));
        });
    }

    /**
     * Sends the owner of an account (if it exists) a single-use link, valid 24 hours,
     * that trusts the address it is opened from for logins, after logins of the account
     * from new addresses were paused by failed attempts.
     */
    public void requestLoginUnlock(String email) {
        if (email == null || email.isBlank() || email.length() > 320) {
            return;
        }
        users.findByEmail(email.strip()).ifPresent(user -> {
            Instant now = clock.instant();
            String raw = AccountToken.newRawToken();
            tokens.save(new AccountToken(user.getId(), Purpose.UNLOCK_LOGIN, raw, now, now.plus(Duration.ofHours(24))));
            events.publishEvent(new AccountEvents.LoginUnlockRequested(user.getId(), user.getEmail(),
                    user.getDisplayName(), raw, user.getPreferredLocale(), settings.maxFailedLogins()));
        });
    }

    /**
     * True while an unlock link can still be used (to show its button or an "expired"
     * message).
     */
    @Transactional(readOnly = true)
    public boolean isUnlockTokenUsable(String rawToken) {
        return rawToken != null && rawToken.length() <= 200
                && tokens.findOneByTokenHashAndPurpose(AccountToken.hash(rawToken), Purpose.UNLOCK_LOGIN)
                    .filter(t -> t.usableAt(clock.instant()))
                    .isPresent();
    }

    /**
     * Uses up an unlock link; the e-mail of its account, empty when the link is unknown,
     * used or expired.
     */
    public Optional<String> useUnlockToken(String rawToken) {
        return useToken(rawToken, Purpose.UNLOCK_LOGIN).flatMap(token -> users.findById(token.getUserId()))
            .map(UserAccount::getEmail);
    }

    /**
     * True while a reset link can still be used (to show the form or an "expired"
     * message).
     */
    @Transactional(readOnly = true)
    public boolean isResetTokenUsable(String rawToken) {
        return rawToken != null
                && tokens.findOneByTokenHashAndPurpose(AccountToken.hash(rawToken), Purpose.RESET_PASSWORD)
                    .filter(t -> t.usableAt(clock.instant()))
                    .isPresent();
    }

    /**
     * Sets a new password with a reset link; the link is used up. A reset also confirms
     * the e-mail address.
     */
    public boolean resetPassword(String rawToken, String newPassword) {
        return useToken(rawToken, Purpose.RESET_PASSWORD).map(token -> {
            UserAccount user = users.findById(token.getUserId()).orElseThrow();
            user.changePasswordHash(passwordEncoder.encode(newPassword));
            user.confirmEmail();
            return true;
        }).orElse(false);
    }

    /** Changes the password of a logged-in user who knows the current one. */
    public void changePassword(long userId, String currentPassword, String newPassword) {
        UserAccount user = users.findById(userId).orElseThrow();
        if (!passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            throw new RuleViolation("currentPassword", "accounts.password.currentWrong");
        }
        user.changePasswordHash(passwordEncoder.encode(newPassword));
    }

    void recordLogin(long userId) {
        users.findById(userId).ifPresent(u -> u.loggedIn(clock.instant()));
    }

    private void sendConfirmation(UserAccount user) {
        Instant now = clock.instant();
        String raw = AccountToken.newRawToken();
        tokens.save(new AccountToken(user.getId(), Purpose.CONFIRM_EMAIL, raw, now,
                now.plus(Duration.ofHours(settings.confirmationTokenHours()))));
        events.publishEvent(new AccountEvents.ConfirmationRequested(user.getId(), user.getEmail(),
                user.getDisplayName(), raw, user.getPreferredLocale()));
    }

    private Optional<AccountToken> useToken(String rawToken, Purpose purpose) {
        if (rawToken == null || rawToken.isBlank() || rawToken.length() > 200) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByTokenHashAndPurpose(AccountToken.hash(rawToken), purpose)
            .filter(t -> t.usableAt(now))
            .map(t -> {
                t.use(now);
                return t;
            });
    }

}
