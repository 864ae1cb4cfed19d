package pl.wspolnie.accounts;

import org.junit.jupiter.api.Test;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layout's administration link, read only when a page shows the menu (the vote's
 * receipt page does not): shown to a JST administrator, not to a person without roles.
 */
class AdminMenuTest extends IntegrationTest {

    private static final String ADMIN_LINK = "href=\"/admin\"";

    @Test
    void theMenuLinksToTheAdministrationForAnAdministratorOnly() {
        assertThat(loggedIn(userWithRole(Role.JST_ADMIN, KLUCZEWSKO)).get("/account").body()).contains(ADMIN_LINK);
        assertThat(loggedIn(plainUser()).get("/account").body()).doesNotContain(ADMIN_LINK)
            .contains("href=\"/account\"");
    }

}
