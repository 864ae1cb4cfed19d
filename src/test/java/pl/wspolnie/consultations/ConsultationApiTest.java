package pl.wspolnie.consultations;

import java.sql.Timestamp;
import org.junit.jupiter.api.Test;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.support.ApiClient;
import pl.wspolnie.support.ApiClient.Answer;
import pl.wspolnie.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Consultations through the public API: versions of the draft, remarks with answers only
 * when the public may read them, the report only once closed.
 */
class ConsultationApiTest extends IntegrationTest {

    @Test
    void publicRemarksWithAnswersVersionsAndTheReportOfAClosedConsultation() {
        String word = TestOrganizations.word();
        LocalDate today = LocalDate.now(clock);
        long id = consultation("Konsultacja API " + word, true, today.minusDays(40), today.minusDays(10), true);
        long item = item(id, 1, "§ 1.", "Program określa cele " + word);
        item(id, 2, "§ 1.", "Program określa cele i priorytety " + word);
        long answer = answer(id, "ACCEPTED", "Uwzględniono " + word);
        remark(id, item, "Jan Kowalski", null, "Dopisać priorytety " + word, answer);
        remark(id, null, "Anna Nowak", "Fundacja Opinii " + word, "Uwaga ogólna " + word, null);
        ApiClient api = new ApiClient(port);

        JsonNode c = api.json("/api/v1/consultations/" + id);
        assertThat(c.get("subject").asString()).isEqualTo("Konsultacja API " + word);
        assertThat(c.get("status").asString()).isEqualTo("CLOSED");
        assertThat(c.get("versionUrls")).hasSize(2);
        assertThat(api.json("/api/v1/consultations/" + id + "/versions/2").get(0).get("body").asString())
            .isEqualTo("Program określa cele i priorytety " + word);
        assertThat(api.get("/api/v1/consultations/" + id + "/versions/3").status()).isEqualTo(404);

        JsonNode remarks = api.json("/api/v1/consultations/" + id + "/remarks");
        assertThat(remarks.get("totalItems").asLong()).isEqualTo(2);
        JsonNode first = remarks.get("items").get(0);
        assertThat(first.get("author").asString()).isEqualTo("Jan Kowalski");
        assertThat(first.get("itemId").asLong()).isEqualTo(item);
        assertThat(first.get("decision").asString()).isEqualTo("ACCEPTED");
        assertThat(first.get("answer").asString()).isEqualTo("Uwzględniono " + word);
        assertThat(remarks.get("items").get(1).get("author").asString()).isEqualTo("Fundacja Opinii " + word);

        JsonNode report = api.json("/api/v1/consultations/" + id + "/report");
        assertThat(report.get("remarks").asLong()).isEqualTo(2);
        assertThat(report.get("participants").asLong()).isEqualTo(2);
        assertThat(report.get("organisations").asLong()).isEqualTo(1);
        assertThat(report.get("decisions").get("ACCEPTED").asLong()).isEqualTo(1);
        assertThat(report.get("decisions").get("NONE").asLong()).isEqualTo(1);
        assertThat(report.get("conclusions").asString()).isEqualTo("Wnioski " + "Konsultacja API " + word);

        JsonNode list = api
            .json("/api/v1/consultations?size=100&jst=" + jstId(SECEMIN) + "&year=" + today.minusDays(40).getYear());
        assertThat(list.toString()).contains("Konsultacja API " + word);
    }

    @Test
    void nonPublicRemarksNeverAppearAndNoReportBeforeTheClose() {
        String word = TestOrganizations.word();
        LocalDate today = LocalDate.now(clock);
        long running = consultation("Niejawna API " + word, false, today.minusDays(5), today.plusDays(20), false);
        long item = item(running, 1, "§ 1.", "Treść " + word);
        remark(running, item, "Ukryty Autor " + word, null, "Ukryta uwaga " + word, null);
        ApiClient api = new ApiClient(port);

        Answer remarks = api.get("/api/v1/consultations/" + running + "/remarks");
        assertThat(remarks.status()).isEqualTo(200);
        assertThat(remarks.json().get("totalItems").asLong()).isZero();
        assertThat(remarks.body()).doesNotContain("Ukryta uwaga", "Ukryty Autor");
        Answer report = api.get("/api/v1/consultations/" + running + "/report");
        assertThat(report.status()).isEqualTo(404);
        assertThat(report.header("content-type")).startsWith("application/problem+json");
        assertThat(api.json("/api/v1/consultations/" + running).get("reportUrl").isNull()).isTrue();

        long closed = consultation("Niejawna zamknięta " + word, false, today.minusDays(40), today.minusDays(10), true);
        remark(closed, null, "Ukryty Autor " + word, null, "Uwaga do raportu " + word, null);
        JsonNode afterClose = api.json("/api/v1/consultations/" + closed + "/remarks");
        assertThat(afterClose.get("totalItems").asLong()).as("the report lists every remark").isEqualTo(1);
        assertThat(afterClose.get("items").get(0).get("author").isNull()).as("a person is not named").isTrue();
        assertThat(afterClose.toString()).doesNotContain("Ukryty Autor");

        // the remarks data set of the JST and year follows the same rule
        String dataSet = "/api/v1/datasets/consultation-remarks/" + jstId(SECEMIN) + "/" + today.minusDays(40).getYear()
                + ".csv";
        Answer csv = api.get(dataSet);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).contains("Uwaga do raportu " + word).doesNotContain("Ukryty Autor");
        String runningYear = "/api/v1/datasets/consultation-remarks/" + jstId(SECEMIN) + "/"
                + today.minusDays(5).getYear() + ".csv";
        assertThat(api.get(runningYear).body()).doesNotContain("Ukryta uwaga " + word);
    }

    private long consultation(String subject, boolean remarksPublic, LocalDate start, LocalDate end, boolean closed) {
        Instant now = clock.instant();
        long id = jdbc.sql("""
                insert into consultation (jst_id, subject, legal_basis, participation, forms, starts_on, ends_on,
                    responsible_person, remarks_public, current_version, conclusions, closed_at, created_at, created_by)
                values (?, ?, 'art. 5 ust. 5', 'EVERYONE', 'ELECTRONIC_REMARKS', ?, ?, 'Jan Urzędnik', ?, 1, ?, ?, ?, 0)
                returning id""")
            .params(jstId(SECEMIN), subject, start, end, remarksPublic, closed ? "Wnioski " + subject : null,
                    closed ? Timestamp.from(now) : null, Timestamp.from(now))
            .query(Long.class)
            .single();
        return id;
    }

    private long item(long consultation, int version, String label, String body) {
        jdbc.sql("update consultation set current_version = greatest(current_version, ?) where id = ?")
            .params(version, consultation)
            .update();
        return jdbc.sql("""
                insert into consultation_item (consultation_id, draft_version, position, kind, label, body)
                values (?, ?, 1, 'PARAGRAPH', ?, ?) returning id""")
            .params(consultation, version, label, body)
            .query(Long.class)
            .single();
    }

    private long answer(long consultation, String decision, String justification) {
        return jdbc.sql("""
                insert into consultation_answer (consultation_id, decision, justification, answered_at, answered_by)
                values (?, ?, ?, ?, 0) returning id""")
            .params(consultation, decision, justification, Timestamp.from(clock.instant()))
            .query(Long.class)
            .single();
    }

    private void remark(long consultation, Long item, String author, String organisation, String proposal,
            Long answer) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                insert into consultation_remark (consultation_id, item_id, author_name, organization_name, source,
                    proposal, created_at, updated_at, answer_id)
                values (?, ?, ?, ?, 'ONLINE', ?, ?, ?, ?)""")
            .params(consultation, item, author, organisation, proposal, now, now, answer)
            .update();
    }

}
