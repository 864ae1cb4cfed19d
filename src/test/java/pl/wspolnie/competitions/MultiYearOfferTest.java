package pl.wspolnie.competitions;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.wspolnie.shared.time.ClockConfig.WARSAW;

/**
 * A task of two calendar years: each cost line has its year, V.A shows a column per year,
 * the PDF too.
 */
class MultiYearOfferTest extends IntegrationTest {

    long competitionId;

    long taskId;

    int first;

    LocalDate from;

    LocalDate to;

    @BeforeEach
    void twoYearCompetition() {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        first = LocalDate.now(WARSAW).getYear() + 1;
        from = LocalDate.of(first, 10, 1);
        to = LocalDate.of(first + 1, 6, 30);
        competitionId = OfferTestCompetitions.publish(official, jstId(POWIAT),
                "Konkurs dwuletni " + TestOrganizations.word(), LocalDateTime.now(WARSAW).plusDays(30),
                Map.of("periodFrom", from.toString(), "periodTo", to.toString(), "choiceDate",
                        from.minusDays(20).toString()));
        taskId = CompetitionFixtures.taskId(jdbc, competitionId);
    }

    @Test
    void linesInBothYearsShowPerYearTotalsOnThePageAndInThePdf() throws Exception {
        String email = plainUser();
        WebClient ngo = loggedIn(email);
        long offerId = draft(ngo, email);
        Page draft = ngo.get("/offers/" + offerId);
        assertThat(draft.body()).contains("id=\"costLines0.year\"", "<option value=\"" + first + "\"",
                "<option value=\"" + (first + 1) + "\"");

        Map<String, String> offer = CompetitionFixtures.offer(taskId, "Haft przez dwa lata", from, to);
        offer.put("costLines[0].year", String.valueOf(first));
        offer.put("costLines[1].year", String.valueOf(first + 1));
        offer.put("action", "save");
        Page saved = ngo.post("/offers/" + offerId, offer, draft.csrf());
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.text()).contains("V.A według lat (wyliczone)",
                "Pozycja " + first + " " + (first + 1) + " Razem",
                "1. Wynagrodzenie instruktorki 5\u00a0000,00 zł 5\u00a0000,00 zł", "2. Księgowość 500,00 zł 500,00 zł",
                "Suma kosztów 5\u00a0000,00 zł 500,00 zł 5\u00a0500,00 zł");

        offer.put("action", "submit");
        assertThat(ngo.post("/offers/" + offerId, offer, draft.csrf()).status()).isEqualTo(302);
        String content = jdbc.sql("select content from offer_version where offer_id = ?")
            .param(offerId)
            .query(String.class)
            .single();
        assertThat(content).contains(
                "\"yearTotals\":[{\"fromGrant\":\"4500.00\",\"total\":\"5000.00\",\"year\":" + first + "}",
                "{\"fromGrant\":\"400.00\",\"total\":\"500.00\",\"year\":" + (first + 1) + "}");

        var pdf = ngo.getBytes("/offers/" + offerId + "/versions/1.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Wartość " + first + " " + (first + 1),
                    "5\u00a0000,00 5\u00a0000,00 4\u00a0500,00", "500,00 500,00 400,00",
                    "Suma kosztów 5\u00a0500,00 5\u00a0000,00 500,00 4\u00a0900,00");
        }
    }

    @Test
    void aLineWithAYearOutsideThePeriodIsAFieldError() {
        String email = plainUser();
        WebClient ngo = loggedIn(email);
        long offerId = draft(ngo, email);
        String csrf = ngo.get("/offers/" + offerId).csrf();

        // A crafted year beyond the call's period.
        Map<String, String> offer = CompetitionFixtures.offer(taskId, "Haft z błędnym rokiem", from, to);
        offer.put("costLines[0].year", String.valueOf(first + 5));
        Page refused = ngo.post("/offers/" + offerId, offer, csrf);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text())
            .contains("Rok kosztu musi mieścić się w okresie realizacji zadania (" + first + "–" + (first + 1) + ")");
        assertThat(refused.body()).contains("id=\"costLines0.year-error\"");

        // The offer's own period ends in the first year: a cost in the second year is
        // outside it.
        offer = CompetitionFixtures.offer(taskId, "Haft z błędnym rokiem", from, LocalDate.of(first, 12, 31));
        offer.put("costLines[1].year", String.valueOf(first + 1));
        refused = ngo.post("/offers/" + offerId, offer, csrf);
        assertThat(refused.text())
            .contains("Rok kosztu musi mieścić się w okresie realizacji zadania (" + first + "–" + first + ")");
        assertThat(jdbc.sql("select count(*) from offer_version where offer_id = ?")
            .param(offerId)
            .query(Long.class)
            .single()).isZero();

        offer.put("costLines[1].year", String.valueOf(first));
        assertThat(ngo.post("/offers/" + offerId, offer, csrf).status()).isEqualTo(302);
    }

    private long draft(WebClient ngo, String email) {
        long org = organisationRepresentedBy(email, "Fundacja Dwuletnia " + TestOrganizations.word(), KLUCZEWSKO, true);
        Page started = ngo.post("/competitions/" + competitionId + "/offers",
                Map.of("leadOrganizationId", String.valueOf(org), "title", "Haft przez dwa lata"),
                ngo.get("/competitions/" + competitionId).csrf());
        return Long.parseLong(started.location().replaceAll(".*/offers/(\\d+).*", "$1"));
    }

}
