package pl.wspolnie.shared.web;

import org.junit.jupiter.api.Test;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient.Page;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The domain's refusals look the same everywhere: the common page with the status and the
 * reason.
 */
class DomainErrorPagesTest extends IntegrationTest {

    @Test
    void notAllowedIsA403PageForALoggedInPerson() {
        Page page = loggedIn(plainUser()).get("/competitions/new");
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.text()).contains("Brak dostępu", "Nie masz uprawnień do tej strony lub czynności.");
    }

    @Test
    void notAllowedSendsAVisitorToTheLoginPage() {
        Page page = visitor().get("/competitions/new");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).endsWith("/login");
    }

    @Test
    void notFoundIsThe404PageWithItsText() {
        Page page = visitor().get("/competitions/999999999");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.text()).contains("Nie znaleziono strony", "Strona, której szukasz, nie istnieje");
    }

}
