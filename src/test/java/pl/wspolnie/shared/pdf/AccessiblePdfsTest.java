package pl.wspolnie.shared.pdf;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.shared.time.ClockConfig;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import static org.assertj.core.api.Assertions.assertThat;
import java.time.Duration;
import java.time.Instant;

/**
 * Every kind of PDF the platform produces, fetched over HTTP from the demo data, conforms
 * to PDF/UA-1 (veraPDF: zero failed rules), and its text survives copying: Polish letters
 * and whole URLs. The PDFs are kept in target/pdfs for a look.
 */
class AccessiblePdfsTest extends IntegrationTest {

    @Test
    void everyPdfIsTaggedAndConformsToPdfUa1() throws IOException {
        Map<String, byte[]> pdfs = everyKindOfPdf();
        Path dir = Files.createDirectories(Path.of("target", "pdfs"));
        Map<String, List<String>> failures = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> pdf : pdfs.entrySet()) {
            Files.write(dir.resolve(pdf.getKey() + ".pdf"), pdf.getValue());
            List<String> failed = PdfUa.failedRules(pdf.getValue());
            if (!failed.isEmpty()) {
                failures.put(pdf.getKey(), failed);
            }
            String text = PdfUa.text(pdf.getValue());
            assertThat(text).as(pdf.getKey())
                .containsPattern("[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]")
                .doesNotContain("\ufb00", "\ufb01", "\ufb02", "\ufb03", "\ufb04");
            texts.put(pdf.getKey(), text);
        }
        assertThat(failures).as("failed PDF/UA-1 rules per document").isEmpty();
        assertThat(texts.get("offer")).as("the verification link, whole").contains("/offers/verify");
        assertThat(texts.get("offer")).contains("Źródła finansowania");
    }

    private Map<String, byte[]> everyKindOfPdf() {
        long offerId = jdbc.sql("select id from offer where title = 'Warsztaty haftu i wycinanki w świetlicy'")
            .query(Long.class)
            .single();
        long competitionId = jdbc.sql("select competition_id from offer where id = ?")
            .param(offerId)
            .query(Long.class)
            .single();
        long powiat = jstId(POWIAT);
        WebClient official = loggedIn("urzednik@wspolnie.demo");
        Map<String, byte[]> pdfs = new LinkedHashMap<>();
        pdfs.put("offer", pdf(official, "/offers/" + offerId + "/versions/1.pdf"));
        pdfs.put("announcement", pdf(official, "/competitions/" + competitionId + "/announcement.pdf"));
        pdfs.put("results", pdf(official, "/competitions/" + competitionId + "/results.pdf"));
        pdfs.put("protocol", pdf(official, "/competitions/" + competitionId + "/protocol.pdf"));
        pdfs.put("contract", pdf(official, "/offers/" + offerId + "/contract.pdf"));
        long annex = jdbc.sql("select id from contract_annex where offer_id = ? and number = 1")
            .param(offerId)
            .query(Long.class)
            .single();
        pdfs.put("contract-annex", pdf(official, "/offers/" + offerId + "/contract/annexes/" + annex + "/annex.pdf"));
        long smallGrantReport = jdbc
            .sql("select r.id from competition_report r join offer o on o.id = r.offer_id "
                    + "where o.mode = 'SMALL_GRANT' and o.title = 'Rajd rowerowy doliną Pilicy'")
            .query(Long.class)
            .single();
        pdfs.put("small-grant-report", pdf(official, "/reports/" + smallGrantReport + ".pdf"));
        jdbc.sql("select r.id from competition_report r join offer o on o.id = r.offer_id "
                + "where o.mode = 'COMPETITION' and r.jst_id = ? order by r.id limit 1")
            .param(jstId(POWIAT))
            .query(Long.class)
            .optional()
            .ifPresent(report -> pdfs.put("report", pdf(official, "/reports/" + report + ".pdf")));

        long consultation = jdbc
            .sql("select id from consultation where closed_at is not null and jst_id = ? order by id limit 1")
            .param(powiat)
            .query(Long.class)
            .single();
        pdfs.put("consultation-report", pdf(official, "/consultations/" + consultation + "/report.pdf"));
        long programme = jdbc.sql("select id from programme where jst_id = ? order by id limit 1")
            .param(powiat)
            .query(Long.class)
            .single();
        pdfs.put("programme", pdf(official, "/programmes/" + programme + "/pdf"));
        int year = jdbc.sql("select year_from from programme where id = ?")
            .param(programme)
            .query(Integer.class)
            .single();
        pdfs.put("programme-report", pdf(official, "/programmes/reports/" + powiat + "/" + year + "/pdf"));

        WebClient centre = loggedIn("centrum@wspolnie.demo");
        long centreId = jdbc.sql("select id from centre order by id limit 1").query(Long.class).single();
        long training = jdbc.sql("select id from centre_training where centre_id = ? order by id limit 1")
            .param(centreId)
            .query(Long.class)
            .single();
        long participant = provisioning.ensureConfirmedUser(uniqueEmail("uczestniczka"), "Żaneta Łęcka", DEMO_PASSWORD);
        long application = jdbc.sql("""
                insert into centre_training_application (training_id, user_id, audience, status, applied_at, present)
                values (?, ?, 'NGO_STAFF', 'ACCEPTED', now(), true) returning id""")
            .params(training, participant)
            .query(Long.class)
            .single();
        pdfs.put("attendance", pdf(centre, "/centre/trainings/" + training + "/attendance.pdf"));
        // a certificate is issued once the training has ended
        Instant ends = jdbc.sql("select ends_at from centre_training where id = ?")
            .param(training)
            .query(Instant.class)
            .single();
        if (ends.isAfter(clock.instant())) {
            clock.advance(Duration.between(clock.instant(), ends).plusHours(1));
        }
        pdfs.put("certificate",
                pdf(centre, "/centre/trainings/" + training + "/applications/" + application + "/certificate.pdf"));
        clock.reset(); // what follows is made today (a bulletin published later would
                       // top other tests' lists)
        pdfs.put("centre-report", pdf(centre, "/centre/" + centreId + "/report.pdf?from="
                + Year.now(clock).minusYears(1) + "-01-01&to=" + Year.now(clock) + "-12-31"));
        pdfs.put("bulletin", bulletin(official, powiat));
        long lijw = jdbc
            .sql("select id from lijw_diagnosis where jst_id = ? and published_at is not null "
                    + "order by year desc limit 1")
            .param(powiat)
            .query(Long.class)
            .single();
        pdfs.put("lijw-report", pdf(official, "/diagnosis/lijw/" + lijw + "/report.pdf"));
        long needsSurvey = jdbc
            .sql("select min(id) from diagnosis_survey where jst_id = ? and title like 'Potrzeby i potencjał%'")
            .param(powiat)
            .query(Long.class)
            .single();
        pdfs.put("survey-results", pdf(official, "/diagnosis/surveys/" + needsSurvey + "/results.pdf"));
        return pdfs;
    }

    /**
     * Issue N of the powiat's bulletin with what the demo published in the last 60 days.
     */
    private byte[] bulletin(WebClient editor, long jst) {
        LocalDate today = LocalDate.now(clock.withZone(ClockConfig.WARSAW));
        Page proposed = editor.submit("/bulletin/new", "/bulletin/new",
                Map.of("jstId", String.valueOf(jst), "from", today.minusDays(60).toString(), "to", today.toString()));
        String edit = proposed.redirectPath();
        assertThat(editor.submit(edit, edit, Map.of("publish", "true")).status()).isEqualTo(302);
        long id = Long.parseLong(edit.replaceAll("\\D+", ""));
        return pdf(visitor(), "/bulletin/" + id + ".pdf");
    }

    private static byte[] pdf(WebClient client, String path) {
        HttpResponse<byte[]> response = client.getBytes(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).as(path).contains("application/pdf");
        return response.body();
    }

}
