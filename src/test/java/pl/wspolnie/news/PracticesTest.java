package pl.wspolnie.news;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.organizations.OrganizationSeeding;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PracticesTest extends IntegrationTest {

    @Autowired
    OrganizationSeeding organizations;

    @Test
    void aGoodPracticeAboutAnOrganisationIsInTheLibraryAndOnItsProfile() {
        String word = TestOrganizations.word();
        long org = organizations.ensure(
                TestOrganizations.details("Koło " + word, jstId(KLUCZEWSKO), List.of("kultura"), null), null, false,
                true);
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, KLUCZEWSKO));
        Map<String, String> f = NewsTest.news("Wspólna świetlica " + word, jstId(KLUCZEWSKO), null,
                "<p>Jak to zrobiliśmy</p>");
        f.put("kind", "GOOD_PRACTICE");
        f.put("authorName", "Anna Ekspertka");
        f.put("linkedOrganizations", "http://localhost/organizations/" + org);
        Page saved = official.submit("/news/new", "/news/new", f);
        assertThat(saved.location()).contains("/practices/");
        String path = saved.redirectPath();

        WebClient visitor = visitor();
        assertThat(visitor.get(path).text()).contains("Wspólna świetlica " + word, "Dobra praktyka", "Anna Ekspertka",
                "Koło " + word);
        assertThat(visitor.get("/practices?q=" + word).text()).contains("Wspólna świetlica " + word,
                "Liczba artykułów: 1");
        assertThat(visitor.get("/practices?q=" + word + "&type=INTERVIEW").text()).contains("Liczba artykułów: 0");
        assertThat(visitor.get("/news?q=" + word).text()).contains("Liczba aktualności: 0");

        assertThat(visitor.get("/organizations/" + org).body())
            .contains("hx-get=\"/practices/by-organization/" + org + "\"");
        assertThat(visitor.get("/practices/by-organization/" + org).text()).contains("Wspólna świetlica " + word);
    }

    @Test
    void anUnknownOrganisationNumberIsAFieldError() {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, KLUCZEWSKO));
        Map<String, String> f = NewsTest.news("Wywiad", jstId(KLUCZEWSKO), null, "<p>Rozmowa</p>");
        f.put("kind", "INTERVIEW");
        f.put("linkedOrganizations", "999999999");
        Page page = official.submit("/news/new", "/news/new", f);
        assertThat(page.status()).isEqualTo(422);
        assertThat(page.text()).contains("Nie znaleziono organizacji o takim numerze");
        f.put("linkedOrganizations", "abc");
        assertThat(official.submit("/news/new", "/news/new", f).text())
            .contains("Nie znaleziono organizacji o takim numerze");
    }

}
