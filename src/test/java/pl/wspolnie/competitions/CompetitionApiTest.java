package pl.wspolnie.competitions;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.organizations.OrganizationSeeding;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.ApiClient;
import pl.wspolnie.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Competitions through the public API: published announcements with their tasks, results
 * only once decided, drafts never.
 */
class CompetitionApiTest extends IntegrationTest {

    @Autowired
    CompetitionSeeding competitions;

    @Autowired
    OrganizationSeeding organizations;

    @Test
    void decidedCompetitionShowsItsAnnouncementTasksAndResults() {
        String word = TestOrganizations.word();
        World w = world(word);
        LocalDate today = LocalDate.now(clock);
        competitions.ensureDecidedWithContract(w.jst, w.official, w.ngo, w.ngo, w.org, "Konkurs API " + word,
                "Oferta API " + word, "API/" + word, today.minusDays(100), today.plusDays(60), false);
        long id = competitionId("Konkurs API " + word);
        ApiClient api = new ApiClient(port);

        JsonNode c = api.json("/api/v1/competitions/" + id);
        assertThat(c.get("title").asString()).isEqualTo("Konkurs API " + word);
        assertThat(c.get("jstId").asLong()).isEqualTo(w.jst);
        assertThat(c.get("state").asString()).isEqualTo("DECIDED");
        assertThat(c.get("tasks").get(0).get("name").asString()).isEqualTo("Warsztaty rękodzieła ludowego");
        assertThat(c.get("tasks").get(0).get("funds").decimalValue()).isEqualByComparingTo("30000.00");
        assertThat(c.get("resultsUrl").asString()).endsWith("/api/v1/competitions/" + id + "/results");

        JsonNode results = api.json("/api/v1/competitions/" + id + "/results");
        assertThat(results).hasSize(1);
        JsonNode r = results.get(0);
        assertThat(r.get("offerTitle").asString()).isEqualTo("Oferta API " + word);
        assertThat(r.get("taskName").asString()).isEqualTo("Warsztaty rękodzieła ludowego");
        assertThat(r.get("organizations").get(0).get("id").asLong()).isEqualTo(w.org);
        assertThat(r.get("organizations").get(0).get("name").asString()).isEqualTo("Fundacja API " + word);
        assertThat(r.get("amount").decimalValue().signum()).isPositive();

        int year = today.minusDays(100).plusDays(14).getYear();
        JsonNode all = api.json("/api/v1/competition-results?size=100&jst=" + w.jst + "&year=" + year);
        assertThat(offerTitles(all)).contains("Oferta API " + word);
        JsonNode list = api.json("/api/v1/competitions?size=100&jst=" + w.jst + "&year=" + year);
        assertThat(titles(list)).contains("Konkurs API " + word);
        assertThat(list.get("size").asInt()).isEqualTo(100);
        JsonNode otherYear = api.json("/api/v1/competitions?size=100&jst=" + w.jst + "&year=" + (year - 5));
        assertThat(titles(otherYear)).doesNotContain("Konkurs API " + word);
    }

    @Test
    void draftsNeverAppearAndResultsNotBeforeTheDecision() {
        String word = TestOrganizations.word();
        World w = world(word);
        LocalDate today = LocalDate.now(clock);
        long draft = competitions.ensurePublished(w.jst, w.official, "Szkic API " + word, "Opis.", "Zadanie", "kultura",
                new BigDecimal("10000.00"), new BigDecimal("5000.00"), today.plusDays(40).atTime(15, 30),
                today.plusDays(60), today.plusDays(120), false);
        long open = competitions.ensurePublished(w.jst, w.official, "Otwarty API " + word, "Opis.", "Zadanie",
                "kultura", new BigDecimal("10000.00"), new BigDecimal("5000.00"), today.plusDays(40).atTime(15, 30),
                today.plusDays(60), today.plusDays(120), true);
        ApiClient api = new ApiClient(port);

        assertThat(api.get("/api/v1/competitions/" + draft).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/competitions/" + draft + "/results").status()).isEqualTo(404);
        JsonNode list = api.json("/api/v1/competitions?size=100&jst=" + w.jst);
        assertThat(titles(list)).contains("Otwarty API " + word).doesNotContain("Szkic API " + word);

        assertThat(api.json("/api/v1/competitions/" + open).get("state").asString()).isEqualTo("PUBLISHED");
        assertThat(api.json("/api/v1/competitions/" + open).get("resultsUrl").isNull()).isTrue();
        ApiClient.Answer results = api.get("/api/v1/competitions/" + open + "/results");
        assertThat(results.status()).isEqualTo(404);
        assertThat(results.header("content-type")).startsWith("application/problem+json");
        assertThat(api.get("/api/v1/competition-results?size=100&jst=" + w.jst).body()).doesNotContain(word);
    }

    record World(long jst, long official, long ngo, long org) {
    }

    private World world(String word) {
        long jst = jstId(SECEMIN);
        long official = userId(userWithRole(Role.OFFICIAL, SECEMIN));
        long ngo = userId(plainUser());
        long org = organizations
            .ensure(TestOrganizations.details("Fundacja API " + word, jst, List.of("kultura"), null), ngo, true, true);
        return new World(jst, official, ngo, org);
    }

    private long userId(String email) {
        return jdbc.sql("select id from user_account where email = ?").param(email).query(Long.class).single();
    }

    private long competitionId(String title) {
        return jdbc.sql("select id from competition where title = ?").param(title).query(Long.class).single();
    }

    private static List<String> titles(JsonNode list) {
        List<String> titles = new ArrayList<>();
        list.get("items").forEach(i -> titles.add(i.get("title").asString()));
        return titles;
    }

    private static List<String> offerTitles(JsonNode list) {
        List<String> titles = new ArrayList<>();
        list.get("items").forEach(i -> titles.add(i.get("offerTitle").asString()));
        return titles;
    }

}
