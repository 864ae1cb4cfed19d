package pl.wspolnie.organizations;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anonymous directory pages come from the micro-cache, never stale after a change and
 * never personal.
 */
class DirectoryPageCacheTest extends IntegrationTest {

    @Autowired
    OrganizationSeeding seeding;

    @Test
    void repeatedAnonymousSearchIsServedFromTheCacheUntilTheDirectoryChanges() {
        String word = TestOrganizations.word();
        String path = "/organizations?q=" + word;
        Page first = visitor().get(path);
        assertThat(first.header("x-page-cache")).isEqualTo("MISS");
        assertThat(first.text()).doesNotContain("Fundacja " + word);
        Page second = visitor().get(path);
        assertThat(second.header("x-page-cache")).isEqualTo("HIT");
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.header("content-security-policy")).as("security headers replayed")
            .contains("default-src 'self'");

        seeding.ensure(TestOrganizations.details("Fundacja " + word, jstId(KLUCZEWSKO), List.of("kultura"), "Opis"),
                null, false, false);
        Page afterChange = visitor().get(path);
        assertThat(afterChange.header("x-page-cache")).isEqualTo("MISS");
        assertThat(afterChange.text()).contains("Fundacja " + word);
    }

    @Test
    void loggedInVisitorsAndLanguageSwitchesBypassTheCache() {
        String path = "/organizations?q=" + TestOrganizations.word();
        visitor().get(path);
        visitor().get(path);
        String email = plainUser();
        Page personal = loggedIn(email).get(path);
        assertThat(personal.header("x-page-cache")).isNull();
        assertThat(personal.text()).contains("Test User", "Wyloguj się");
        Page english = visitor().get(path + "&lang=en");
        assertThat(english.header("x-page-cache")).isNull();
        assertThat(english.text()).contains("Organisations");
    }

    @Test
    void displayPreferencesAndLanguageCookieGetTheirOwnCopy() {
        String path = "/organizations?q=" + TestOrganizations.word();
        assertThat(visitor().get(path).body()).contains("class=\"font-0\"");
        WebClient large = visitor();
        large.post("/preferences", Map.of("font", "2", "returnTo", "/"), null);
        Page page = large.get(path);
        assertThat(page.body()).contains("class=\"font-2\"");
        WebClient english = visitor();
        english.get("/?lang=en");
        assertThat(english.get(path).text()).contains("Organisations");
    }

}
