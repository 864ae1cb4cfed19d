package pl.wspolnie.accounts;

import org.junit.jupiter.api.Test;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Five failed logins lock the account, or the address they came from, for a while, with a clear message. */
class LoginLockoutTest extends IntegrationTest {

    @Test
    void fiveWrongPasswordsLockTheAccountEvenWithTheRightPassword() {
        String email = plainUser();
        for (int i = 0; i < 4; i++) {
            Page failed = visitor().submit("/login", "/login", Map.of("email", email, "password", "wrong " + i));
            assertThat(failed.location()).endsWith("/login?error=bad");
        }
        WebClient attacker = visitor();
        Page fifth = attacker.submit("/login", "/login", Map.of("email", email, "password", "wrong 5"));
        assertThat(fifth.location()).endsWith("/login?error=locked");
        assertThat(attacker.get("/login?error=locked").text())
                .contains("Zbyt wiele nieudanych prób logowania", "zablokowane na 15 min");

        Page owner = visitor().submit("/login", "/login", Map.of("email", email, "password", DEMO_PASSWORD));
        assertThat(owner.location()).as("locked also for the right password, from another address").endsWith("/login?error=locked");
    }

    @Test
    void lockedMessageOpenedWithoutALockInTheSessionNamesNoMinutes() {
        String text = visitor().get("/login?error=locked").text();
        assertThat(text).contains("Zbyt wiele nieudanych prób logowania", "Logowanie jest chwilowo zablokowane")
                .doesNotContain("null", " min.");
        assertThat(visitor().get("/login?error=locked&lang=en").text()).contains("Login is locked for a while")
                .doesNotContain("null");
    }

    @Test
    void fiveFailuresFromOneAddressLockThatAddress() {
        WebClient sameAddress = visitor();
        for (int i = 0; i < 5; i++) {
            sameAddress.submit("/login", "/login", Map.of("email", uniqueEmail("guess"), "password", "guess"));
        }
        String innocent = plainUser();
        Page fromLockedAddress = sameAddress.submit("/login", "/login", Map.of("email", innocent, "password", DEMO_PASSWORD));
        assertThat(fromLockedAddress.location()).endsWith("/login?error=locked");
        visitor().login(innocent, DEMO_PASSWORD);
    }

    @Test
    void typedEmailIsKeptAfterAFailedLogin() {
        WebClient visitor = visitor();
        String email = uniqueEmail("typo");
        visitor.submit("/login", "/login", Map.of("email", email, "password", "nope"));
        assertThat(visitor.get("/login?error=bad").inputValue("email")).isEqualTo(email);
    }

    @Test
    void successfulLoginClearsTheAccountsFailures() {
        String email = plainUser();
        for (int i = 0; i < 4; i++) {
            visitor().submit("/login", "/login", Map.of("email", email, "password", "wrong"));
        }
        visitor().login(email, DEMO_PASSWORD);
        for (int i = 0; i < 4; i++) {
            visitor().submit("/login", "/login", Map.of("email", email, "password", "wrong"));
        }
        visitor().login(email, DEMO_PASSWORD);
    }
}
