package pl.wspolnie.noticeboard;

import org.junit.jupiter.api.Test;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.support.ApiClient;
import pl.wspolnie.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

import java.sql.Timestamp;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The notice board through the public API: published notices only. */
class NoticeApiTest extends IntegrationTest {

    @Test
    void onlyPublishedNoticesAppear() {
        String word = TestOrganizations.word();
        long author = provisioning.ensureConfirmedUser(uniqueEmail("notice-api"), "Autor", DEMO_PASSWORD);
        notice(author, "Grant zewnętrzny " + word, "PUBLISHED");
        notice(author, "Czeka na moderację " + word, "PENDING");
        notice(author, "Odrzucone " + word, "REJECTED");
        ApiClient api = new ApiClient(port);

        JsonNode list = api.json("/api/v1/notices?size=100&jst=" + jstId(SECEMIN));
        assertThat(list.toString()).contains("Grant zewnętrzny " + word)
            .doesNotContain("Czeka na moderację " + word, "Odrzucone " + word);
        JsonNode notice = null;
        for (JsonNode n : list.get("items")) {
            if (n.get("title").asString().equals("Grant zewnętrzny " + word)) {
                notice = n;
            }
        }
        assertThat(notice.get("kind").asString()).isEqualTo("FUNDING");
        assertThat(notice.get("amountMax").decimalValue()).isEqualByComparingTo("50000.00");
        assertThat(notice.get("pageUrl").asString()).endsWith("/notices/" + notice.get("id").asLong());
    }

    private void notice(long author, String title, String status) {
        jdbc.sql("""
                insert into notice (kind, jst_id, author_id, title, description, expires_on, funder, amount_max,
                    created_at, status)
                values ('FUNDING', ?, ?, ?, 'Opis', ?, 'Fundusz', 50000.00, ?, ?)""")
            .params(jstId(SECEMIN), author, title, LocalDate.now(clock).plusDays(30), Timestamp.from(clock.instant()),
                    status)
            .update();
    }

}
