package pl.wspolnie.programme;

import org.junit.jupiter.api.Test;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.support.ApiClient;
import pl.wspolnie.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

import java.sql.Timestamp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cooperation programmes through the public API: adopted ones with their tasks and
 * indicators, never a draft; the yearly report only once published, with its figures.
 */
class ProgrammeApiTest extends IntegrationTest {

    @Test
    void adoptedProgrammesAndPublishedReportsOnly() {
        String word = TestOrganizations.word();
        long jst = jstId(SECEMIN);
        long adopted = programme(jst, "Program uchwalony " + word, "ADOPTED", 2041, 2042);
        long draft = programme(jst, "Program roboczy " + word, "DRAFT", 2041, 2041);
        jdbc.sql("insert into programme_task (programme_id, sphere_code, description, planned_funds)"
                + " values (?, 'kultura', ?, 25000.00)")
            .params(adopted, "Zadanie kultury " + word)
            .update();
        jdbc.sql("insert into programme_indicator (programme_id, name, target) values (?, ?, '12')")
            .params(adopted, "Liczba konkursów " + word)
            .update();
        ApiClient api = new ApiClient(port);

        JsonNode p = api.json("/api/v1/programmes/" + adopted);
        assertThat(p.get("title").asString()).isEqualTo("Program uchwalony " + word);
        assertThat(p.get("resolutionNumber").asString()).isEqualTo("XII/1/" + word);
        assertThat(p.get("parts").get("goals").asString()).isEqualTo("Cele " + word);
        assertThat(p.get("tasks").get(0).get("plannedFunds").decimalValue()).isEqualByComparingTo("25000.00");
        assertThat(p.get("indicators").get(0).get("name").asString()).isEqualTo("Liczba konkursów " + word);
        assertThat(api.get("/api/v1/programmes/" + draft).status()).isEqualTo(404);
        assertThat(api.json("/api/v1/programmes?size=100&jst=" + jst + "&year=2042").toString())
            .contains("Program uchwalony " + word)
            .doesNotContain("Program roboczy " + word);
        assertThat(api.json("/api/v1/programmes?size=100&jst=" + jst + "&year=2043").toString()).doesNotContain(word);

        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("insert into programme_report (jst_id, year, narrative) values (?, 2040, ?)")
            .params(jst, "Robocze " + word)
            .update();
        jdbc.sql("insert into programme_report (jst_id, year, narrative, published_at) values (?, 2039, ?, ?)")
            .params(jst, "Opublikowane " + word, now)
            .update();
        assertThat(api.get("/api/v1/programme-reports/" + jst + "/2040").status()).isEqualTo(404);
        JsonNode report = api.json("/api/v1/programme-reports/" + jst + "/2039");
        assertThat(report.get("narrative").asString()).isEqualTo("Opublikowane " + word);
        assertThat(report.get("competitions").get("contractsSigned").isIntegralNumber()).isTrue();
        assertThat(api.json("/api/v1/programme-reports?size=100&jst=" + jst).toString())
            .contains("Opublikowane " + word)
            .doesNotContain("Robocze " + word);
    }

    private long programme(long jst, String title, String status, int from, int to) {
        String word = title.substring(title.lastIndexOf(' ') + 1);
        return jdbc.sql("""
                insert into programme (jst_id, year_from, year_to, title, goals, principles, scope, forms, period,
                    implementation, funds, evaluation, creation, commissions, status, resolution_number, created_at)
                values (?, ?, ?, ?, ?, 'Zasady', 'Zakres', 'Formy', 'Okres', 'Realizacja', 'Środki', 'Ocena',
                    'Tworzenie', 'Komisje', ?, ?, ?) returning id""")
            .params(jst, from, to, title, "Cele " + word, status, "XII/1/" + word, Timestamp.from(clock.instant()))
            .query(Long.class)
            .single();
    }

}
