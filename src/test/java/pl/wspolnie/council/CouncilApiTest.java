package pl.wspolnie.council;

import org.junit.jupiter.api.Test;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.support.ApiClient;
import pl.wspolnie.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Council opinions through the public API: the requests as the council's page lists them,
 * a request past its deadline as lapsed, the opinion's text only once given.
 */
class CouncilApiTest extends IntegrationTest {

    @Test
    void requestsWithTheirStatusAndTheOpinionOnceGiven() {
        String word = TestOrganizations.word();
        long jst = jstId(KLUCZEWSKO);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneId.of("Europe/Warsaw"));
        long given = request(jst, "Opinia wydana " + word, today.plusDays(3), "GIVEN", "Rada popiera " + word);
        long lapsed = request(jst, "Bez opinii " + word, today.minusDays(1), "REQUESTED", null);
        long waiting = request(jst, "Czeka " + word, today.plusDays(10), "REQUESTED", "Szkic rady " + word);
        ApiClient api = new ApiClient(port);

        JsonNode g = api.json("/api/v1/council-opinions/" + given);
        assertThat(g.get("status").asString()).isEqualTo("GIVEN");
        assertThat(g.get("opinion").asString()).isEqualTo("Rada popiera " + word);
        assertThat(api.json("/api/v1/council-opinions/" + lapsed).get("status").asString()).isEqualTo("LAPSED");
        JsonNode w = api.json("/api/v1/council-opinions/" + waiting);
        assertThat(w.get("status").asString()).isEqualTo("REQUESTED");
        assertThat(w.get("opinion").isNull()).isTrue();

        int year = today.getYear();
        String list = api.json("/api/v1/council-opinions?size=100&jst=" + jst + "&year=" + year).toString();
        assertThat(list).contains("Opinia wydana " + word, "Bez opinii " + word, "Czeka " + word)
            .doesNotContain("Szkic rady " + word);
        assertThat(api.json("/api/v1/council-opinions?size=100&jst=" + jst + "&year=" + (year - 4)).toString())
            .doesNotContain(word);
        assertThat(api.get("/api/v1/council-opinions/999999999").status()).isEqualTo(404);
    }

    private long request(long jst, String subject, LocalDate deadline, String status, String opinion) {
        Instant now = clock.instant();
        return jdbc
            .sql("""
                    insert into council_opinion_request (jst_id, subject, requested_at, deadline, status, opinion, decided_at)
                    values (?, ?, ?, ?, ?, ?, ?) returning id""")
            .params(jst, subject, Timestamp.from(now.minus(Duration.ofDays(1))), deadline, status, opinion,
                    "GIVEN".equals(status) ? Timestamp.from(now) : null)
            .query(Long.class)
            .single();
    }

}
