package pl.wspolnie.shared.web.api;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.DigestUtils;
import pl.wspolnie.competitions.CompetitionSeeding;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.ApiClient;
import pl.wspolnie.support.ApiClient.Answer;
import pl.wspolnie.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The foundation every endpoint of /api/v1 shares: no login, paging with a maximum,
 * refused parameters as problem details naming them, ETag and Last-Modified with 304, and
 * the rate limit per client address.
 */
class PublicApiTest extends IntegrationTest {

    @Autowired
    ApiSettings settings;

    @Autowired
    CompetitionSeeding competitions;

    @Test
    void parametersThatCannotBeUsedAre400ProblemsNamingThemNever500() {
        ApiClient api = new ApiClient(port);
        for (String query : List.of("size=101", "size=0", "size=x", "page=-1", "page=abc", "page=99999999999",
                "jst=abc", "jst=999999999", "year=1999", "year=2101", "year=20x5", "jts=1", "sort=name",
                "page=1&colour=red")) {
            Answer answer = api.get("/api/v1/competitions?" + query);
            assertThat(answer.status()).as(query + ": " + answer.body()).isEqualTo(400);
            assertThat(answer.header("content-type")).as(query).startsWith("application/problem+json");
            JsonNode problem = answer.json();
            String name = query.substring(query.lastIndexOf('&') + 1, query.lastIndexOf('='));
            assertThat(problem.get("parameter").asString()).as(query).isEqualTo(name);
            assertThat(problem.get("status").asInt()).isEqualTo(400);
        }
        assertThat(api.get("/api/v1/competitions/abc").status()).isEqualTo(400);
        Answer unknown = api.get("/api/v1/competitions/999999999");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("content-type")).startsWith("application/problem+json");
        assertThat(api.get("/api/v1/competitions?size=" + settings.maxPageSize()).status()).isEqualTo(200);
    }

    @Test
    void answersCarryETagAndLastModifiedAndA304WhenTheCopyIsCurrent() {
        String word = TestOrganizations.word();
        long official = jdbc.sql("select id from user_account where email = ?")
            .param(userWithRole(Role.OFFICIAL, KLUCZEWSKO))
            .query(Long.class)
            .single();
        LocalDate today = LocalDate.now(clock);
        competitions.ensurePublished(jstId(KLUCZEWSKO), official, "Konkurs ETag " + word, "Opis.", "Zadanie", "kultura",
                new BigDecimal("10000.00"), new BigDecimal("5000.00"), today.plusDays(40).atTime(15, 30),
                today.plusDays(60), today.plusDays(120), true);
        ApiClient api = new ApiClient(port);
        String path = "/api/v1/competitions?jst=" + jstId(KLUCZEWSKO);

        Answer first = api.get(path);
        assertThat(first.status()).isEqualTo(200);
        String etag = first.header("etag");
        String lastModified = first.header("last-modified");
        assertThat(etag).startsWith("\"");
        assertThat(lastModified).isNotBlank();
        assertThat(first.body()).contains("Konkurs ETag " + word);
        assertThat(etag).as("the ETag is the hash of the bytes sent, written once")
            .isEqualTo("\"" + DigestUtils.md5DigestAsHex(first.body().getBytes(StandardCharsets.UTF_8)) + "\"");
        assertThat(first.header("content-type")).startsWith("application/json");

        Answer byTag = api.get(path, "If-None-Match", etag);
        assertThat(byTag.status()).isEqualTo(304);
        assertThat(byTag.body()).isEmpty();
        assertThat(api.get(path, "If-Modified-Since", lastModified).status()).isEqualTo(304);
        assertThat(api.get(path, "If-None-Match", "\"other\"").status()).isEqualTo(200);

        competitions.ensurePublished(jstId(KLUCZEWSKO), official, "Konkurs ETag 2 " + word, "Opis.", "Zadanie",
                "kultura", new BigDecimal("10000.00"), new BigDecimal("5000.00"), today.plusDays(40).atTime(15, 30),
                today.plusDays(60), today.plusDays(120), true);
        Answer changed = api.get(path, "If-None-Match", etag);
        assertThat(changed.status()).as("a new record changes the ETag").isEqualTo(200);
        assertThat(changed.body()).contains("Konkurs ETag 2 " + word);
    }

    @Test
    void aClientOverTheLimitGets429WithRetryAfterAndOthersAreServed() {
        ApiClient api = new ApiClient(port);
        int served = 0;
        Answer refused = null;
        for (int i = 0; i < settings.rateLimit().burst() + 200 && refused == null; i++) {
            Answer answer = api.get("/api/v1/spheres");
            if (answer.status() == 429) {
                refused = answer;
            }
            else {
                assertThat(answer.status()).isEqualTo(200);
                served++;
            }
        }
        assertThat(refused).as("refused after the burst").isNotNull();
        assertThat(served).isGreaterThanOrEqualTo(settings.rateLimit().burst());
        assertThat(Integer.parseInt(refused.header("retry-after"))).isBetween(1, 60);
        assertThat(refused.header("content-type")).startsWith("application/problem+json");
        assertThat(refused.json().get("status").asInt()).isEqualTo(429);

        assertThat(new ApiClient(port).get("/api/v1/spheres").status()).as("another address").isEqualTo(200);
    }

}
