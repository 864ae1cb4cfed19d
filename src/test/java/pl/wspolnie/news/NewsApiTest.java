package pl.wspolnie.news;

import org.junit.jupiter.api.Test;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.support.ApiClient;
import pl.wspolnie.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * News through the public API: published items only, never pending, rejected or scheduled
 * ones.
 */
class NewsApiTest extends IntegrationTest {

    @Test
    void onlyPublishedNewsWhoseTimeHasComeAppear() {
        String word = TestOrganizations.word();
        long author = provisioning.ensureConfirmedUser(uniqueEmail("news-api"), "Autor", DEMO_PASSWORD);
        Instant now = clock.instant();
        long published = news(author, "Opublikowana " + word, "PUBLISHED", now.minus(Duration.ofHours(1)));
        long pending = news(author, "Oczekująca " + word, "PENDING", now.minus(Duration.ofHours(1)));
        long rejected = news(author, "Odrzucona " + word, "REJECTED", now.minus(Duration.ofHours(1)));
        long scheduled = news(author, "Zaplanowana " + word, "PUBLISHED", now.plus(Duration.ofDays(2)));
        ApiClient api = new ApiClient(port);
        int year = now.atZone(ZoneId.of("Europe/Warsaw")).getYear();

        JsonNode list = api.json("/api/v1/news?size=100&jst=" + jstId(KLUCZEWSKO) + "&year=" + year);
        assertThat(list.toString()).contains("Opublikowana " + word)
            .doesNotContain("Oczekująca " + word, "Odrzucona " + word, "Zaplanowana " + word);
        JsonNode item = api.json("/api/v1/news/" + published);
        assertThat(item.get("title").asString()).isEqualTo("Opublikowana " + word);
        assertThat(item.get("body").asString()).isEqualTo("<p>Treść " + word + "</p>");
        assertThat(item.get("jstId").asLong()).isEqualTo(jstId(KLUCZEWSKO));
        for (long hidden : new long[] { pending, rejected, scheduled }) {
            assertThat(api.get("/api/v1/news/" + hidden).status()).isEqualTo(404);
        }
        assertThat(api.json("/api/v1/news?size=100&jst=" + jstId(KLUCZEWSKO) + "&year=" + (year - 3)).toString())
            .doesNotContain(word);
    }

    private long news(long author, String title, String status, Instant publishAt) {
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.sql("""
                insert into news_item (jst_id, author_id, title, lead, body, status, publish_at, created_at, updated_at)
                values (?, ?, ?, 'Zajawka', ?, ?, ?, ?, ?) returning id""")
            .params(jstId(KLUCZEWSKO), author, title, "<p>Treść " + title.substring(title.indexOf(' ') + 1) + "</p>",
                    status, Timestamp.from(publishAt), now, now)
            .query(Long.class)
            .single();
    }

}
