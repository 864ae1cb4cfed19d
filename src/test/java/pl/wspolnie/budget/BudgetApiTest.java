package pl.wspolnie.budget;

import org.junit.jupiter.api.Test;
import pl.wspolnie.budget.domain.CostLine;
import pl.wspolnie.budget.domain.EditionDetails;
import pl.wspolnie.budget.domain.Editions.PoolDetails;
import pl.wspolnie.budget.domain.ProjectDetails;
import pl.wspolnie.budget.domain.Vote;
import pl.wspolnie.budget.domain.VotingChannel;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.support.ApiClient;
import pl.wspolnie.support.ApiClient.Answer;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The participatory budget through the public API: editions, submitted projects with
 * their review standing (never a draft nor the author), and the results only from the
 * results phase, with the SHA-256 of the anonymised ballot file.
 */
class BudgetApiTest extends ImplementationSupport {

    @Test
    void projectsWithTheirStandingAndResultsOnlyFromTheResultsPhase() throws Exception {
        String word = TestOrganizations.word();
        LocalDate today = LocalDate.now(clock);
        int year = BudgetFixtures.year();
        long jst = jstId(KLUCZEWSKO);
        long edition = editions.seed(new EditionDetails(jst, year, "Budżet API " + word, new BigDecimal("40000000.00"),
                "Rb-28S", 0, 2, 1, false, BudgetFixtures.timeline(today)));
        long pool = editions.seedPool(edition,
                new PoolDetails("Osiedle API " + word, false, new BigDecimal("60000.00"), 3000, 3));
        String authorName = "Autorka Projektu" + word;
        long author = provisioning.ensureConfirmedUser(uniqueEmail("author"), authorName, DEMO_PASSWORD);
        long benches = project(edition, author, pool, "Ławki " + word, "12000.00");
        long unreviewed = projects.seed(edition, author, new ProjectDetails(pool, "Bez oceny " + word, "Opis",
                "Kluczewsko", "Uzasadnienie", List.of(new CostLine("Prace", new BigDecimal("9000.00")))), true);
        long draft = projects.seed(edition, author, new ProjectDetails(pool, "Szkic " + word, "Opis", "Kluczewsko",
                "Uzasadnienie", List.of(new CostLine("Prace", new BigDecimal("9000.00")))), false);
        ApiClient api = new ApiClient(port);

        JsonNode e = api.json("/api/v1/budget-editions/" + edition);
        assertThat(e.get("title").asString()).isEqualTo("Budżet API " + word);
        assertThat(e.get("phase").asString()).isEqualTo("SUBMISSION");
        assertThat(e.get("pools").get(0).get("name").asString()).isEqualTo("Osiedle API " + word);
        assertThat(e.get("resultsUrl").isNull()).isTrue();
        assertThat(api.json("/api/v1/budget-projects/" + benches).get("standing").asString()).isEqualTo("ON_BALLOT");
        assertThat(api.json("/api/v1/budget-projects/" + unreviewed).get("standing").asString())
            .isEqualTo("FORMAL_PENDING");
        assertThat(api.get("/api/v1/budget-projects/" + draft).status()).isEqualTo(404);
        // the fixtures' budget years lie beyond the filter's range (2100): the latest
        // year comes first
        String list = api.json("/api/v1/budget-projects?size=100&jst=" + jst).toString();
        assertThat(list).contains("Ławki " + word, "Bez oceny " + word).doesNotContain("Szkic " + word, authorName);
        Answer before = api.get("/api/v1/budget-editions/" + edition + "/results");
        assertThat(before.status()).isEqualTo(404);
        assertThat(before.header("content-type")).startsWith("application/problem+json");

        clock.advance(Duration.ofDays(41));
        LocalDate born = today.minusYears(30);
        voting.cast(edition, new Vote(Voters.pesel(born), born, true, List.of(benches)), VotingChannel.ONLINE);
        assertThat(api.get("/api/v1/budget-editions/" + edition + "/results").status()).isEqualTo(404);
        clock.advance(Duration.ofDays(14));

        JsonNode results = api.json("/api/v1/budget-editions/" + edition + "/results");
        assertThat(results.get("ballots").asLong()).isEqualTo(1);
        JsonNode line = results.get("pools").get(0).get("lines").get(0);
        assertThat(line.get("projectId").asLong()).isEqualTo(benches);
        assertThat(line.get("outcome").asString()).isEqualTo("CHOSEN");
        String file = api.get("/budget/" + edition + "/ballots.csv").body();
        String sha = HexFormat.of()
            .formatHex(MessageDigest.getInstance("SHA-256").digest(file.getBytes(StandardCharsets.UTF_8)));
        assertThat(results.get("ballotFile").get("sha256").asString()).isEqualTo(sha);
        assertThat(results.get("ballotFile").get("url").asString()).endsWith("/budget/" + edition + "/ballots.csv");
        assertThat(api.json("/api/v1/budget-editions/" + edition).get("resultsUrl").asString())
            .endsWith("/api/v1/budget-editions/" + edition + "/results");
    }

}
