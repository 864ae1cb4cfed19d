package pl.wspolnie.site;

import org.junit.jupiter.api.Test;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LayoutAndErrorPagesTest extends IntegrationTest {

    @Test
    void homePageIsPolishWithSkipLinkAndAccessibilitySwitches() {
        Page home = visitor().get("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("<html lang=\"pl\"", "href=\"#main\"", "<main id=\"main\"");
        assertThat(home.text()).contains("Przejdź do treści", "Czcionka", "Wysoki kontrast", "Powiat włoszczowski",
                "Gmina Kluczewsko", "Gmina Secemin", "Deklaracja dostępności");
    }

    @Test
    void englishSwitchIsRemembered() {
        WebClient visitor = visitor();
        assertThat(visitor.get("/?lang=en").text()).contains("Skip to content", "High contrast");
        assertThat(visitor.get("/jst").body()).contains("<html lang=\"en\"");
        assertThat(visitor.get("/?lang=de").body()).as("unsupported language falls back to Polish")
            .contains("<html lang=\"pl\"");
    }

    @Test
    void fontSizeAndContrastPersistAcrossPages() {
        WebClient visitor = visitor();
        Page changed = visitor.post("/preferences", Map.of("font", "2", "returnTo", "/jst"), null);
        assertThat(changed.status()).isEqualTo(302);
        assertThat(changed.location()).endsWith("/jst");
        visitor.post("/preferences", Map.of("contrast", "1", "returnTo", "/"), null);
        assertThat(visitor.get("/accessibility").body()).contains("class=\"font-2 contrast-high\"");
        visitor.post("/preferences", Map.of("font", "7", "returnTo", "https://evil.example/"), null);
        assertThat(visitor.get("/").body()).as("out-of-range step is clamped")
            .contains("class=\"font-2 contrast-high\"");
    }

    @Test
    void preferencesRedirectStaysOnThisSite() {
        WebClient visitor = visitor();
        Page page = visitor.post("/preferences", Map.of("font", "1", "returnTo", "//evil.example/x"), null);
        assertThat(page.location()).endsWith("/").doesNotContain("evil");
    }

    @Test
    void postWithoutCsrfTokenIsRefused() {
        Page page = visitor().post("/register", Map.of("email", "a@b.pl"), null);
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.text()).contains("Brak dostępu").doesNotContain("Exception");
    }

    @Test
    void unknownPageShowsPolish404InLayout() {
        Page page = visitor().get("/no-such-page");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.text()).contains("Nie znaleziono strony", "Przejdź do treści")
            .doesNotContain("Exception", "Whitelabel");
        assertThat(visitor().get("/jst/999999999").status()).isEqualTo(404);
        assertThat(visitor().get("/jst/not-a-number").status()).isEqualTo(400);
    }

    @Test
    void aLoggedInPersonGetsThe404PageForAnUnknownPageAndALoginFormNeverWhenLoggedOut() {
        Page page = loggedIn(plainUser()).get("/no-such-page");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.text()).contains("Nie znaleziono strony");
        Page protectedPage = visitor().get("/account");
        assertThat(protectedPage.status()).isIn(200, 302);
        assertThat(protectedPage.text()).doesNotContain("Nie znaleziono strony");
    }

    @Test
    void unexpectedErrorShowsPolish500PageWithoutDetails() {
        Page page = loggedIn(plainUser()).get("/test-only/failure");
        assertThat(page.status()).isEqualTo(500);
        assertThat(page.text()).contains("Wystąpił błąd", "Przejdź do treści")
            .doesNotContain("IllegalStateException", "secret detail", "at pl.");
        Page json = visitor().getWithAccept("/no-such-api", "application/json");
        assertThat(json.body()).doesNotContain("trace", "exception");
    }

    @Test
    void aTemplateThatFailsHalfWayShowsThe500PageNotACutOffPage() {
        // The template writes more than the response buffer before it fails: written as
        // it
        // rendered, the status 200 and the first half were already sent.
        Page page = loggedIn(plainUser()).get("/test-only/failure-while-rendering");
        assertThat(page.status()).isEqualTo(500);
        assertThat(page.text()).contains("Wystąpił błąd")
            .doesNotContain("Wiersz numer", "secret detail", "IllegalStateException");
    }

    @Test
    void securityHeadersAreSent() {
        Page page = visitor().get("/");
        assertThat(page.header("content-security-policy")).contains("default-src 'self'", "frame-ancestors 'none'");
        assertThat(page.header("x-content-type-options")).isEqualTo("nosniff");
        assertThat(page.header("x-frame-options")).isEqualTo("DENY");
    }

    @Test
    void accessibilityStatementIsPublished() {
        Page page = visitor().get("/accessibility");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("Deklaracja dostępności", "WCAG 2.1", "Procedura odwoławcza");
    }

    @Test
    void pingAnswers() {
        assertThat(visitor().get("/ping").body()).isEqualTo("ok");
    }

}
