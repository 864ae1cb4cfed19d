package pl.wspolnie.organizations;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import pl.wspolnie.organizations.domain.OrganizationDirectory;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient.Page;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A word that matches more than 1,000 organisations is counted only ten pages past the
 * requested page (at least 200, at most 1,000) and listed by name on every page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BroadSearchTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String word = TestOrganizations.word();

    @BeforeAll
    void manyOrganisationsShareAWord() {
        int count = OrganizationDirectory.COUNT_CAP + 25;
        jdbc.sql(
                """
                        insert into organization (name, legal_form, register_name, register_number, street, postal_code, city,
                                                  gmina_id, created_at, search_text, sort_name, verified)
                        select 'Zrzeszenie ' || :word || ' nr ' || lpad(i::text, 4, '0'), 'ASSOCIATION', 'Ewidencja', :word || '/' || i,
                               'ul. Krótka 1', '29-120', 'Kluczewsko', :gmina, now() - i * interval '1 minute',
                               'zrzeszenie ' || :word || ' nr ' || lpad(i::text, 4, '0'),
                               'zrzeszenie ' || :word || ' nr ' || lpad(i::text, 4, '0'), true
                        from generate_series(1, :count) i""")
            .param("word", word)
            .param("gmina", jstId(KLUCZEWSKO))
            .param("count", count)
            .update();
    }

    @Test
    void pageCountsTenPagesAheadAndListsByNameOnEveryPage() {
        Page page = visitor().get("/organizations?q=" + word);
        assertThat(page.status()).isEqualTo(200);
        assertThat(text(page)).contains("Znaleziono ponad 200 organizacji", "w kolejności alfabetycznej",
                "Zrzeszenie " + word + " nr 0001", "Strona 1 z ponad 10");
        Page further = visitor().get("/organizations?q=" + word + "&page=12");
        assertThat(text(further)).contains("Znaleziono ponad 440 organizacji", "w kolejności alfabetycznej",
                "Zrzeszenie " + word + " nr 0241", "Strona 13 z ponad 22");
        Page deep = visitor().get("/organizations?q=" + word + "&page=45");
        assertThat(text(deep)).contains("Znaleziono ponad 1 000 organizacji", "Strona 46 z ponad 50",
                "Zrzeszenie " + word + " nr 0901");
        Page newest = visitor().get("/organizations?q=" + word + "&sort=newest");
        assertThat(text(newest)).contains("Znaleziono ponad 200 organizacji", "Zrzeszenie " + word + " nr 0001")
            .doesNotContain("w kolejności alfabetycznej");
        assertThat(visitor().get("/organizations?q=" + word + "&page=50").text()).contains("Znaleziono ponad 1");
    }

    /**
     * Several words are counted in the kept terms, partition after partition until the
     * limit (V9_2): the same bounds as one word, and an exact total below them however
     * the matches are spread over the partitions.
     */
    @Test
    void severalWordsAreCountedUpToTheSameLimits() {
        assertThat(text(visitor().get("/organizations?q=zrzeszenie+" + word)))
            .contains("Znaleziono ponad 200 organizacji", "w kolejności alfabetycznej", "Strona 1 z ponad 10");
        assertThat(text(visitor().get("/organizations?q=zrzeszenie+" + word + "&page=45")))
            .contains("Znaleziono ponad 1 000 organizacji", "Strona 46 z ponad 50");
        assertThat(text(visitor().get("/organizations?q=" + word + "+nr+00")))
            .contains("Liczba znalezionych organizacji: 99")
            .doesNotContain("ponad");
    }

    @Test
    void aFewMatchesAreCountedExactlyAndKeepTheRelevanceOrder() {
        Page page = visitor().get("/organizations?q=" + word + "+nr+000");
        assertThat(text(page)).contains("Liczba znalezionych organizacji: 9")
            .doesNotContain("ponad", "w kolejności alfabetycznej", "Strona");
    }

    @Test
    void apiReportsTheLowerBound() {
        Page api = visitor().getWithAccept("/api/v1/organizations?q=" + word + "&size=5", "application/json");
        JsonNode json = JSON.readTree(api.body());
        assertThat(json.get("totalItems").asLong()).isEqualTo(200);
        assertThat(json.get("totalItemsIsLowerBound").asBoolean()).isTrue();
        assertThat(json.get("items").get(0).get("name").asText()).isEqualTo("Zrzeszenie " + word + " nr 0001");
        Page large = visitor().getWithAccept("/api/v1/organizations?q=" + word + "&size=100&page=2",
                "application/json");
        assertThat(JSON.readTree(large.body()).get("totalItems").asLong()).isEqualTo(1000);
        Page narrow = visitor().getWithAccept("/api/v1/organizations?q=" + word + "+nr+0001", "application/json");
        JsonNode exact = JSON.readTree(narrow.body());
        assertThat(exact.get("totalItemsIsLowerBound").asBoolean()).isFalse();
        assertThat(exact.get("totalItems").asLong()).isLessThan(200);
    }

    private static String text(Page page) {
        return page.text().replace('\u00a0', ' ').replace('\u202f', ' ');
    }

}
