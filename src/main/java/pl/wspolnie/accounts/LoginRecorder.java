package pl.wspolnie.accounts;

import org.springframework.stereotype.Component;

/** Records the time of a successful login on the account. */
@Component
public class LoginRecorder {

    private final AccountService accounts;

    LoginRecorder(AccountService accounts) {
        this.accounts = accounts;
    }

    public void loggedIn(long userId) {
        accounts.recordLogin(userId);
    }

}
