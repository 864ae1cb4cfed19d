package pl.wspolnie.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import pl.wspolnie.shared.audit.AuditMasked;
import pl.wspolnie.shared.text.Sha256;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

/**
 * A single-use, expiring token sent by e-mail. Only its SHA-256 hash is stored, so a
 * database copy cannot be used to take over accounts.
 */
@Entity
@Table(name = "account_token")
class AccountToken {

    enum Purpose {

        CONFIRM_EMAIL, RESET_PASSWORD, UNLOCK_LOGIN

    }

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Purpose purpose;

    @AuditMasked
    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected AccountToken() {
    }

    AccountToken(Long userId, Purpose purpose, String rawToken, Instant now, Instant expiresAt) {
        this.userId = userId;
        this.purpose = purpose;
        this.tokenHash = hash(rawToken);
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    static String newRawToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String rawToken) {
        return Sha256.hex(rawToken);
    }

    boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void use(Instant now) {
        this.usedAt = now;
    }

    Long getUserId() {
        return userId;
    }

    Purpose getPurpose() {
        return purpose;
    }

}
