package pl.wspolnie.accounts;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

/** Records the time of a successful login on the account. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class LoginRecorder {

    private final AccountService accounts;

    public void loggedIn(long userId) {
        accounts.recordLogin(userId);
    }

}
