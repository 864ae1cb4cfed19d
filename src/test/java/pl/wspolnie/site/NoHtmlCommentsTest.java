package pl.wspolnie.site;

import org.junit.jupiter.api.Test;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Explanations in templates are Thymeleaf parser-level comments
 * ({@code <!--/* ... *}{@code /-->}), removed when the page is rendered: a plain HTML
 * comment would be sent to every visitor on every page.
 */
class NoHtmlCommentsTest extends IntegrationTest {

    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.{0,120}");

    @Test
    void publicPagesCarryNoHtmlComments() {
        long organization = jdbc.sql("select min(id) from organization").query(Long.class).single();
        WebClient visitor = visitor();
        for (String path : List.of("/", "/jst", "/jst/" + jstId(POWIAT), "/organizations",
                "/organizations/" + organization, "/competitions", "/consultations", "/council", "/programmes", "/news",
                "/practices", "/calendar", "/notices", "/bulletin", "/centre", "/centre/trainings", "/offers/verify",
                "/accessibility", "/login", "/register", "/password/forgot", "/no-such-page")) {
            assertNoComment(path, visitor.get(path));
        }
    }

    @Test
    void pagesOfLoggedInPeopleCarryNoHtmlComments() {
        WebClient admin = loggedIn(userWithRole(Role.PLATFORM_ADMIN, null));
        for (String path : List.of("/account", "/account/subscriptions", "/admin", "/admin/users", "/admin/audit",
                "/organizations/review", "/news/new", "/calendar/events/new", "/organizations/new")) {
            assertNoComment(path, admin.get(path));
        }
    }

    private static void assertNoComment(String path, WebClient.Page page) {
        assertThat(page.status()).as(path).isLessThan(500);
        Matcher m = COMMENT.matcher(page.body());
        assertThat(m.find() ? m.group() : null).as("HTML comment in " + path).isNull();
    }

}
