package pl.wspolnie.competitions;

import pl.wspolnie.shared.text.Formats;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.shared.figures.CompetitionFiguresSource;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.wspolnie.shared.time.ClockConfig.WARSAW;

/**
 * Control of a contracted task (issue 19, point 2; art. 17): the official plans it,
 * records what was checked and found, gives recommendations each with a deadline (none:
 * 422 at the field); the NGO answers each once; the protocol PDF; listed on the contract
 * page; only the contract's parties see it.
 */
class ContractControlTest extends AwardedOfferTest {

    @Autowired
    CompetitionFiguresSource figures;

    @Test
    void officialPlansRecordsAndRecommendsTheNgoAnswersAndTheProtocolPrints() throws Exception {
        Awarded a = contracted();
        int controlsBefore = figures.forYear(jstId(POWIAT), a.from().getYear()).controls();
        String controls = "/offers/" + a.offerId() + "/controls";
        LocalDate today = LocalDate.now(clock.withZone(WARSAW));

        // Only the official plans; the dates must be in order and the scope given.
        Page list = a.official().get(controls);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.text()).contains("Nie zaplanowano kontroli", "Zaplanuj kontrolę");
        Map<String, String> plan = new HashMap<>(Map.of("phase", "DURING", "plannedFrom", today.plusDays(3).toString(),
                "plannedTo", today.plusDays(1).toString(), "scope", ""));
        Page refused = a.official().post(controls, plan, list.csrf());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("Dzień zakończenia nie może być wcześniejszy", "Opisz zakres kontroli");
        plan.put("plannedTo", today.plusDays(4).toString());
        plan.put("scope", "Dokumentacja finansowa i przebieg warsztatów.");
        assertThat(a.ngo().post(controls, plan, list.csrf()).status()).as("the NGO does not plan").isEqualTo(403);
        Page planned = a.official().post(controls, plan, list.csrf());
        assertThat(planned.status()).isEqualTo(302);
        String control = planned.redirectPath();
        assertThat(control).matches(controls + "/\\d+");

        // Recommendations wait for the findings; findings need what was checked.
        Page page = a.official().get(control);
        assertThat(page.text()).contains("W trakcie realizacji zadania", "Ustalenia kontroli nie są jeszcze zapisane");
        assertThat(a.official()
            .post(control + "/recommendations",
                    Map.of("text", "Uzupełnić listy obecności.", "deadline", today.plusDays(14).toString()),
                    page.csrf())
            .status()).isEqualTo(409);
        Page noChecks = a.official().post(control + "/record", Map.of("findings", "Bez uwag."), page.csrf());
        assertThat(noChecks.status()).isEqualTo(422);
        assertThat(noChecks.text()).contains("Opisz, co sprawdzono");
        Page early = a.official()
            .post(control + "/record", Map.of("checkedDocuments", "Faktury.", "findings", "Bez uwag."), page.csrf());
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.text()).contains("Ustalenia zapisuje się od pierwszego dnia kontroli");
        clock.advance(Duration.ofDays(3));
        assertThat(a.official()
            .post(control + "/record",
                    Map.of("checkedDocuments", "Faktury 1–12, listy obecności.", "checkedOnSite",
                            "Warsztaty w świetlicy 12 uczestników.", "checkedResults", "", "findings",
                            "Brak podpisów na dwóch listach obecności."),
                    page.csrf())
            .status()).isEqualTo(302);
        assertThat(a.official()
            .post(control + "/record", Map.of("findings", "Drugi raz", "checkedResults", "x"), page.csrf())
            .status()).isEqualTo(409);

        // A recommendation without a deadline: 422 at the deadline field, text kept.
        Page noDeadline = a.official()
            .post(control + "/recommendations", Map.of("text", "Uzupełnić podpisy na listach obecności."), page.csrf());
        assertThat(noDeadline.status()).isEqualTo(422);
        assertThat(noDeadline.text()).contains("Podaj termin wykonania zalecenia");
        assertThat(noDeadline.body()).contains("id=\"deadline-error\"");
        assertThat(a.official()
            .post(control + "/recommendations",
                    Map.of("text", "Uzupełnić podpisy na listach obecności.", "deadline",
                            today.plusDays(14).toString()),
                    page.csrf())
            .status()).isEqualTo(302);
        long recommendation = jdbc
            .sql("select r.id from contract_control_recommendation r join contract_control c on c.id = r.control_id "
                    + "where c.offer_id = ?")
            .param(a.offerId())
            .query(Long.class)
            .single();

        // The NGO answers once; the official cannot answer for it.
        String answer = control + "/recommendations/" + recommendation + "/answer";
        Page ngoPage = a.ngo().get(control);
        assertThat(ngoPage.text()).contains("Uzupełnić podpisy", "Termin wykonania: ");
        assertThat(a.official().post(answer, Map.of("answer", "x"), page.csrf()).status()).isEqualTo(403);
        Page emptyAnswer = a.ngo().post(answer, Map.of("answer", ""), ngoPage.csrf());
        assertThat(emptyAnswer.status()).isEqualTo(422);
        assertThat(emptyAnswer.text()).contains("Wpisz odpowiedź na zalecenie");
        assertThat(a.ngo()
            .post(answer, Map.of("answer", "Podpisy uzupełniono, skany w korespondencji."), ngoPage.csrf())
            .status()).isEqualTo(302);
        assertThat(a.ngo().post(answer, Map.of("answer", "Jeszcze raz"), ngoPage.csrf()).status()).isEqualTo(409);

        // Listed on the contract page, with the answered recommendation.
        Page contract = a.ngo().get("/offers/" + a.offerId() + "/contract");
        assertThat(contract.text()).contains("Kontrole zadania", "Dokumentacja finansowa i przebieg warsztatów",
                "Przeprowadzona", "1 (bez odpowiedzi: 0)");

        // The protocol PDF: Polish letters, dates dd.MM.yyyy, the findings and the
        // answer.
        HttpResponse<byte[]> pdf = a.official().getBytes(control + "/protocol.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        Files.write(Path.of("target", "control-protocol.pdf"), pdf.body());
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Protokół kontroli – umowa U/" + a.offerId(), "art. 17 ustawy",
                    "Warsztaty w świetlicy", "Brak podpisów na dwóch listach obecności",
                    "Uzupełnić podpisy na listach obecności", "Podpisy uzupełniono",
                    new Formats().date(today.plusDays(14)));
            assertThat(text).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
        }

        // Another NGO and an official of another JST: 403 everywhere.
        String otherEmail = plainUser();
        organisationRepresentedBy(otherEmail, "Obca organizacja " + TestOrganizations.word(), KLUCZEWSKO, true);
        for (WebClient stranger : new WebClient[] { loggedIn(otherEmail),
                loggedIn(userWithRole(Role.OFFICIAL, SECEMIN)) }) {
            String csrf = stranger.get("/competitions").csrf();
            assertThat(stranger.get(controls).status()).isEqualTo(403);
            assertThat(stranger.get(control).status()).isEqualTo(403);
            assertThat(stranger.getBytes(control + "/protocol.pdf").statusCode()).isEqualTo(403);
            assertThat(stranger.post(controls, plan, csrf).status()).isEqualTo(403);
            assertThat(stranger.post(answer, Map.of("answer", "Podszyta"), csrf).status()).isEqualTo(403);
        }
    }

    @Test
    void aControlAfterTheTaskStartsAfterItsEnd() {
        Awarded a = contracted();
        String controls = "/offers/" + a.offerId() + "/controls";
        Page list = a.official().get(controls);
        LocalDate end = a.from().plusMonths(6);
        Page refused = a.official()
            .post(controls, Map.of("phase", "AFTER", "plannedFrom", end.toString(), "plannedTo",
                    end.plusDays(2).toString(), "scope", "Rozliczenie."), list.csrf());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("Kontrola po zakończeniu zadania zaczyna się po");
        assertThat(a.official()
            .post(controls,
                    Map.of("phase", "AFTER", "plannedFrom", end.plusDays(1).toString(), "plannedTo",
                            end.plusDays(2).toString(), "scope", "Rozliczenie."),
                    list.csrf())
            .status()).isEqualTo(302);
    }

    @Test
    void theDemoContractHasAThreadAndAControlWithAnAnsweredRecommendation() {
        long offerId = jdbc.sql("select id from offer where title = 'Warsztaty haftu i wycinanki w świetlicy'")
            .query(Long.class)
            .single();
        Page contract = loggedIn("urzednik@wspolnie.demo").get("/offers/" + offerId + "/contract");
        assertThat(contract.text()).containsPattern("Korespondencja \\([3-9] wiadomości\\)")
            .contains("W trakcie realizacji zadania", "1 (bez odpowiedzi: 0)");
        assertThat(loggedIn("ngo@wspolnie.demo").get("/offers/" + offerId + "/contract/messages").text())
            .contains("Nowe daty: piątki", "Przeczytali:");
    }

}
