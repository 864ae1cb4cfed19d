package pl.wspolnie.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import pl.wspolnie.shared.audit.AuditMasked;

import java.time.Instant;

/**
 * A person's account. The e-mail address is the login; it must be confirmed before the
 * first login.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @AuditMasked
    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "email_confirmed", nullable = false)
    private boolean emailConfirmed;

    @Column(name = "preferred_locale", nullable = false)
    private String preferredLocale;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String email, String displayName, String passwordHash, String preferredLocale,
            Instant createdAt) {
        this.email = email.strip();
        this.displayName = displayName.strip();
        this.passwordHash = passwordHash;
        this.preferredLocale = preferredLocale;
        this.createdAt = createdAt;
    }

    void confirmEmail() {
        this.emailConfirmed = true;
    }

    void changePasswordHash(String hash) {
        this.passwordHash = hash;
    }

    void loggedIn(Instant at) {
        this.lastLoginAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEmailConfirmed() {
        return emailConfirmed;
    }

    public String getPreferredLocale() {
        return preferredLocale;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

}
