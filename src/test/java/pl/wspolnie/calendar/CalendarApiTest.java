package pl.wspolnie.calendar;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.support.ApiClient;
import pl.wspolnie.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** The common calendar through the public API, by JST and year of the start. */
class CalendarApiTest extends IntegrationTest {

    @Test
    void entriesOfAJstAndYear() {
        String word = TestOrganizations.word();
        ZoneId warsaw = ZoneId.of("Europe/Warsaw");
        int year = LocalDate.now(clock).getYear() + 1;
        entry("Spotkanie forum " + word, jstId(SECEMIN),
                LocalDate.of(year, 3, 10).atTime(17, 0).atZone(warsaw).toInstant());
        entry("Spotkanie w innym roku " + word, jstId(SECEMIN),
                LocalDate.of(year + 1, 1, 1).atStartOfDay(warsaw).toInstant());
        entry("Spotkanie gdzie indziej " + word, jstId(KLUCZEWSKO),
                LocalDate.of(year, 3, 10).atTime(17, 0).atZone(warsaw).toInstant());
        ApiClient api = new ApiClient(port);

        JsonNode list = api.json("/api/v1/calendar-entries?size=100&jst=" + jstId(SECEMIN) + "&year=" + year);
        assertThat(list.toString()).contains("Spotkanie forum " + word)
            .doesNotContain("Spotkanie w innym roku " + word, "Spotkanie gdzie indziej " + word);
        JsonNode entry = list.get("items").get(list.get("items").size() - 1);
        for (JsonNode e : list.get("items")) {
            if (e.get("title").asString().equals("Spotkanie forum " + word)) {
                entry = e;
            }
        }
        assertThat(entry.get("type").asString()).isEqualTo("MEETING");
        assertThat(entry.get("pageUrl").asString()).endsWith("/calendar/events/1");
        assertThat(entry.get("startsAt").asString()).isEqualTo(year + "-03-10T16:00:00Z");
    }

    private void entry(String title, long jst, Instant start) {
        jdbc.sql("""
                insert into calendar_entry (source, source_id, type, title, starts_at, jst_id, path, updated_at)
                values ('test', ?, 'MEETING', ?, ?, ?, '/calendar/events/1', ?)""")
            .params(title, title, Timestamp.from(start), jst, Timestamp.from(clock.instant()))
            .update();
    }

}
