package pl.wspolnie.accounts;

import org.junit.jupiter.api.Test;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.TestMailServer;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import java.time.Duration;
import java.util.List;

/**
 * Registration with e-mail confirmation, login, logout, password reset and change,
 * through HTTP and real SMTP.
 */
class AccountJourneyTest extends IntegrationTest {

    private Map<String, String> registration(String email, String password, String repeat) {
        Map<String, String> form = new HashMap<>();
        form.put("email", email);
        form.put("displayName", "Zofia Źdźbło-Łąkowska");
        form.put("password", password);
        form.put("passwordRepeat", repeat);
        form.put("jstId", String.valueOf(jstId(KLUCZEWSKO)));
        form.put("acceptTerms", "true");
        return form;
    }

    private String localLink(String mailBody) {
        return TestMailServer.firstLink(mailBody).replace("http://localhost", "");
    }

    @Test
    void residentRegistersConfirmsEmailAndLogsIn() {
        String email = uniqueEmail("zofia");
        WebClient visitor = visitor();
        Page done = visitor.submit("/register", "/register",
                registration(email, "dlugie haslo 123", "dlugie haslo 123"));
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.text()).contains("Sprawdź skrzynkę", email);

        Page beforeConfirmation = visitor.submit("/login", "/login",
                Map.of("email", email, "password", "dlugie haslo 123"));
        assertThat(beforeConfirmation.location()).endsWith("/login?error=unconfirmed");
        assertThat(visitor.get("/login?error=unconfirmed").text()).contains("nie został jeszcze potwierdzony");

        String mail = TestMailServer.awaitMail(email, "Potwierdź adres e-mail");
        assertThat(mail).contains("Zofia Źdźbło-Łąkowska");
        Page confirmed = visitor.get(localLink(mail));
        assertThat(confirmed.text()).contains("Adres e-mail został potwierdzony");
        assertThat(visitor.get(localLink(mail)).text()).as("single use").contains("zostało już użyte");

        Page login = visitor.submit("/login", "/login",
                Map.of("email", email.toUpperCase(), "password", "dlugie haslo 123"));
        assertThat(login.status()).isEqualTo(302);
        Page account = visitor.get("/account");
        assertThat(account.text()).contains("Moje konto", "Zofia Źdźbło-Łąkowska", "Mieszkaniec – Gmina Kluczewsko");

        Page home = visitor.get("/");
        Page out = visitor.post("/logout", Map.of(), home.csrf());
        assertThat(out.location()).contains("loggedOut");
        assertThat(visitor.get("/account").location()).endsWith("/login");
    }

    @Test
    void invalidRegistrationKeepsTypedValuesAndExplainsEachField() {
        WebClient visitor = visitor();
        Map<String, String> form = registration("not-an-email", "short", "other");
        form.put("displayName", "Jan <b>Kowalski</b>");
        form.put("acceptTerms", "false");
        Page page = visitor.submit("/register", "/register", form);
        assertThat(page.status()).isEqualTo(422);
        assertThat(page.text()).contains("Popraw błędy w formularzu", "Wpisz poprawny adres e-mail",
                "Hasło musi mieć od 10 do 128 znaków", "Hasła nie są takie same", "Zaakceptuj regulamin");
        assertThat(page.body()).contains("href=\"#email\"", "aria-invalid=\"true\"").doesNotContain("<b>Kowalski</b>");
        assertThat(page.inputValue("email")).isEqualTo("not-an-email");
        assertThat(page.inputValue("displayName")).isEqualTo("Jan <b>Kowalski</b>");
        assertThat(page.inputValue("password")).as("passwords are never echoed back").isEmpty();
    }

    @Test
    void overLongInputIsAFieldErrorNotA500() {
        Map<String, String> form = registration(uniqueEmail("long"), "dlugie haslo 123", "dlugie haslo 123");
        form.put("displayName", "x".repeat(5000));
        Page page = visitor().submit("/register", "/register", form);
        assertThat(page.status()).isEqualTo(422);
        assertThat(page.text()).contains("Długość musi wynosić od 0 do 200 znaków");
    }

    @Test
    void registeringAnExistingEmailSaysSo() {
        String email = plainUser();
        Page page = visitor().submit("/register", "/register",
                registration(email, "dlugie haslo 123", "dlugie haslo 123"));
        assertThat(page.text()).contains("Konto z tym adresem e-mail już istnieje");
    }

    @Test
    void passwordResetLinkWorksOnce() {
        String email = plainUser();
        WebClient visitor = visitor();
        Page sent = visitor.submit("/password/forgot", "/password/forgot", Map.of("email", email));
        assertThat(sent.location()).endsWith("/login");
        assertThat(visitor.get("/login").text()).contains("wysłaliśmy na nie łącze");
        String link = localLink(TestMailServer.awaitMail(email, "Ustaw nowe hasło"));

        Page form = visitor.get(link);
        assertThat(form.text()).contains("Ustaw nowe hasło");
        String token = form.inputValue("token");
        Page mismatch = visitor.post("/password/reset",
                Map.of("token", token, "password", "nowe haslo 456", "passwordRepeat", "inne haslo 456"), form.csrf());
        assertThat(mismatch.text()).contains("Hasła nie są takie same");
        Page reset = visitor.post("/password/reset",
                Map.of("token", token, "password", "nowe haslo 456", "passwordRepeat", "nowe haslo 456"), form.csrf());
        assertThat(reset.location()).endsWith("/login");

        assertThat(visitor.get(link).text()).as("single use").contains("zostało już użyte lub wygasło");
        visitor().login(email, "nowe haslo 456");
        Page old = visitor().submit("/login", "/login", Map.of("email", email, "password", DEMO_PASSWORD));
        assertThat(old.location()).endsWith("/login?error=bad");
    }

    @Test
    void passwordResetLinkExpiresAfterAnHour() {
        String email = plainUser();
        WebClient visitor = visitor();
        visitor.submit("/password/forgot", "/password/forgot", Map.of("email", email));
        String link = localLink(TestMailServer.awaitMail(email, "Ustaw nowe hasło"));
        Page form = visitor.get(link);
        String token = form.inputValue("token");
        clock.advance(Duration.ofMinutes(61));
        assertThat(visitor.get(link).text()).contains("zostało już użyte lub wygasło");
        Page late = visitor.post("/password/reset",
                Map.of("token", token, "password", "nowe haslo 789", "passwordRepeat", "nowe haslo 789"), form.csrf());
        assertThat(late.text()).contains("zostało już użyte lub wygasło");
        visitor().login(email, DEMO_PASSWORD);
    }

    @Test
    void forgotPasswordForUnknownAddressLooksTheSame() {
        String unknown = uniqueEmail("nobody");
        Page sent = visitor().submit("/password/forgot", "/password/forgot", Map.of("email", unknown));
        assertThat(sent.location()).endsWith("/login");
        assertThat(TestMailServer.mailsTo(unknown)).isEmpty();
    }

    @Test
    void loggedInUserChangesPassword() {
        String email = plainUser();
        WebClient user = loggedIn(email);
        Page wrong = user.submit("/account/password", "/account/password", Map.of("currentPassword", "zle haslo",
                "newPassword", "zmienione haslo 1", "newPasswordRepeat", "zmienione haslo 1"));
        assertThat(wrong.text()).contains("Obecne hasło jest nieprawidłowe");
        Page ok = user.submit("/account/password", "/account/password", Map.of("currentPassword", DEMO_PASSWORD,
                "newPassword", "zmienione haslo 1", "newPasswordRepeat", "zmienione haslo 1"));
        assertThat(ok.location()).endsWith("/account");
        visitor().login(email, "zmienione haslo 1");
    }

    @Test
    void readingPublicPagesCreatesNoSession() {
        WebClient visitor = visitor();
        for (String path : new String[] { "/", "/organizations", "/jst", "/login", "/register" }) {
            assertThat(sessionCookie(visitor.get(path))).as(path).isNull();
        }
    }

    @Test
    void sessionIdChangesAtLogin() {
        String email = plainUser();
        WebClient visitor = visitor();
        Page failed = visitor.submit("/login", "/login", Map.of("email", email, "password", "wrong password"));
        String before = sessionCookie(failed);
        Page loginPage = visitor.get("/login?error=bad");
        Page result = visitor.post("/login", Map.of("email", email, "password", DEMO_PASSWORD), loginPage.csrf());
        String after = sessionCookie(result);
        assertThat(before).isNotNull();
        assertThat(after).isNotNull().isNotEqualTo(before);
    }

    @Test
    void passwordsAreStoredWithArgon2() {
        String email = plainUser();
        String hash = jdbc.sql("select password_hash from user_account where lower(email) = lower(?)")
            .param(email)
            .query(String.class)
            .single();
        assertThat(hash).startsWith("{argon2}$argon2id$");
    }

    private static String sessionCookie(Page page) {
        return page.headers()
            .getOrDefault("set-cookie", List.of())
            .stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .map(c -> c.substring(11, c.indexOf(';')))
            .findFirst()
            .orElse(null);
    }

}
