package pl.wspolnie.accounts;

/**
 * Events of the accounts module. Mails are sent by listeners after the transaction
 * commits.
 */
public final class AccountEvents {

    private AccountEvents() {
    }

    /** A new account must confirm its e-mail address (also on "send the link again"). */
    public record ConfirmationRequested(long userId, String email, String displayName, String rawToken, String locale) {
    }

    /** Someone asked to reset the password of an existing account. */
    public record PasswordResetRequested(long userId, String email, String displayName, String rawToken,
            String locale) {
    }

    /**
     * The first platform administrator was created at start-up and must set a password (a
     * reset token).
     */
    public record AdministratorCreated(long userId, String email, String rawToken, long validHours) {
    }

    /**
     * Logins of the account from new addresses were paused after failed attempts; the
     * owner gets an unlock link.
     */
    public record LoginUnlockRequested(long userId, String email, String displayName, String rawToken, String locale,
            int failures) {
    }

}
