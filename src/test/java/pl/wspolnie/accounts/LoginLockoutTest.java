package pl.wspolnie.accounts;

import org.junit.jupiter.api.Test;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.TestMailServer;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failed logins: an address that fails five times is locked; an account that fails five
 * times from addresses it never logged in from pauses only logins from such addresses
 * (longer each time), so a stranger cannot lock the owner out: the owner logs in from an
 * address they used before, or opens the unlock link mailed to them.
 */
class LoginLockoutTest extends IntegrationTest {

    private static Page attempt(WebClient from, String email, String password) {
        return from.submit("/login", "/login", Map.of("email", email, "password", password));
    }

    @Test
    void aStrangersFailuresDoNotStopTheAdministratorOnTheirOwnDevice() {
        String admin = userWithRole(Role.PLATFORM_ADMIN, null);
        WebClient adminsLaptop = visitor().login(admin, DEMO_PASSWORD);

        for (int i = 0; i < 4; i++) {
            assertThat(attempt(visitor(), admin, "wrong " + i).location()).endsWith("/login?error=bad");
        }
        WebClient stranger = visitor();
        assertThat(attempt(stranger, admin, "wrong 5").location()).endsWith("/login?error=paused");
        assertThat(stranger.get("/login?error=paused").text())
            .contains("Zbyt wiele nieudanych prób logowania na to konto", "wstrzymane na 15 min");
        assertThat(attempt(visitor(), admin, DEMO_PASSWORD).location())
            .as("a new address is refused even with the right password (no guessing while paused)")
            .endsWith("/login?error=paused");

        Page owner = attempt(adminsLaptop, admin, DEMO_PASSWORD);
        assertThat(owner.location()).as("the owner's known address logs in").doesNotContain("/login");
    }

    @Test
    void theOwnerOnANewDeviceGetsInWithTheSingleUseUnlockLink() {
        String email = plainUser();
        for (int i = 0; i < 5; i++) {
            attempt(visitor(), email, "wrong " + i);
        }
        String mail = TestMailServer.awaitMail(email, "Nieudane próby logowania");
        assertThat(mail).contains("5 razy");
        String link = TestMailServer.firstLink(mail).replace("http://localhost", "");

        WebClient newPhone = visitor();
        assertThat(attempt(newPhone, email, DEMO_PASSWORD).location()).endsWith("/login?error=paused");
        Page unlockPage = newPhone.get(link);
        assertThat(unlockPage.status()).isEqualTo(200);
        String token = link.substring(link.indexOf("token=") + 6);
        Page unlocked = newPhone.post("/login/unlock", Map.of("token", token), unlockPage.csrf());
        assertThat(unlocked.location()).endsWith("/login");
        assertThat(newPhone.get("/login").text()).contains("Logowanie na tym urządzeniu jest odblokowane");
        newPhone.login(email, DEMO_PASSWORD);

        WebClient secondUse = visitor();
        Page again = secondUse.post("/login/unlock", Map.of("token", token), secondUse.get("/login").csrf());
        assertThat(again.text()).as("single use").contains("zostało już użyte albo wygasło");
    }

    @Test
    void eachFurtherPauseOfAnAccountLastsTwiceAsLong() {
        String email = plainUser();
        for (int i = 0; i < 5; i++) {
            attempt(visitor(), email, "wrong");
        }
        // the first pause lasts 15 minutes; the stranger starts again after it
        clock.advance(Duration.ofMinutes(16));
        for (int i = 0; i < 4; i++) {
            attempt(visitor(), email, "wrong");
        }
        WebClient stranger = visitor();
        assertThat(attempt(stranger, email, "wrong").location()).endsWith("/login?error=paused");
        assertThat(stranger.get("/login?error=paused").text()).contains("wstrzymane na 30 min");
    }

    @Test
    void lockedMessageOpenedWithoutALockInTheSessionNamesNoMinutes() {
        String text = visitor().get("/login?error=locked").text();
        assertThat(text).contains("Zbyt wiele nieudanych prób logowania", "Logowanie jest chwilowo zablokowane")
            .doesNotContain("null", " min.");
        assertThat(visitor().get("/login?error=locked&lang=en").text()).contains("Login is locked for a while")
            .doesNotContain("null");
        assertThat(visitor().get("/login?error=paused").text()).contains("chwilowo wstrzymane").doesNotContain("null");
    }

    @Test
    void fiveFailuresFromOneAddressLockThatAddress() {
        WebClient sameAddress = visitor();
        for (int i = 0; i < 5; i++) {
            attempt(sameAddress, uniqueEmail("guess"), "guess");
        }
        String innocent = plainUser();
        Page fromLockedAddress = attempt(sameAddress, innocent, DEMO_PASSWORD);
        assertThat(fromLockedAddress.location()).endsWith("/login?error=locked");
        assertThat(sameAddress.get("/login?error=locked").text()).contains("zablokowane na 15 min");
        visitor().login(innocent, DEMO_PASSWORD);
    }

    @Test
    void typedEmailIsKeptAfterAFailedLogin() {
        WebClient visitor = visitor();
        String email = uniqueEmail("typo");
        attempt(visitor, email, "nope");
        assertThat(visitor.get("/login?error=bad").inputValue("email")).isEqualTo(email);
    }

    @Test
    void successfulLoginClearsTheAccountsFailures() {
        String email = plainUser();
        for (int i = 0; i < 4; i++) {
            attempt(visitor(), email, "wrong");
        }
        visitor().login(email, DEMO_PASSWORD);
        for (int i = 0; i < 4; i++) {
            attempt(visitor(), email, "wrong");
        }
        visitor().login(email, DEMO_PASSWORD);
    }

}
