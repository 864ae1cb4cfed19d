package pl.wspolnie.accounts;

/** What other modules may read about an account. */
public record AccountSummary(long id, String email, String displayName, boolean emailConfirmed) {
    static AccountSummary of(UserAccount u) {
        return new AccountSummary(u.getId(), u.getEmail(), u.getDisplayName(), u.isEmailConfirmed());
    }
}
