package pl.wspolnie.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Account security settings (wspolnie.security.*).
 *
 * @param maxFailedLogins failed logins of one account or one IP address before it is
 * locked
 * @param lockoutMinutes how long a lock lasts
 * @param confirmationTokenHours validity of the e-mail confirmation link
 * @param resetTokenMinutes validity of the password reset link
 * @param firstAdminEmail e-mail of the first platform administrator, created at start-up
 * while there is none (WSPOLNIE_ADMIN_EMAIL); empty = nobody is created
 * @param firstAdminLinkHours validity of the set-password link mailed to that first
 * administrator
 */
@ConfigurationProperties("wspolnie.security")
public record AccountSettings(int maxFailedLogins, int lockoutMinutes, int confirmationTokenHours,
        int resetTokenMinutes, String firstAdminEmail, int firstAdminLinkHours) {

    public AccountSettings {
        if (maxFailedLogins <= 0)
            maxFailedLogins = 5;
        if (lockoutMinutes <= 0)
            lockoutMinutes = 15;
        if (confirmationTokenHours <= 0)
            confirmationTokenHours = 48;
        if (resetTokenMinutes <= 0)
            resetTokenMinutes = 60;
        firstAdminEmail = firstAdminEmail == null ? "" : firstAdminEmail.strip();
        if (firstAdminLinkHours <= 0)
            firstAdminLinkHours = 72;
    }
}
