package pl.wspolnie.competitions;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.competitions.domain.contract.Reports;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.AtOnce;
import pl.wspolnie.support.TestMailServer;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import java.math.BigDecimal;

/**
 * The final report: flags computed on the server and shown to both sides, a call for
 * corrections, acceptance with the settlement; the 30-day due date, the reminder e-mail
 * and the overdue list; 403 for another NGO.
 */
class ReportTest extends AwardedOfferTest {

    static final DateTimeFormatter PL = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Autowired
    Reports reports;

    @Test
    void finalReportWithFlagsCorrectionAndSettlement() throws IOException {
        Awarded a = contracted();
        LocalDate to = a.from().plusMonths(6);
        Page contract = a.ngo().get("/offers/" + a.offerId() + "/contract");
        assertThat(contract.text()).contains("Termin złożenia sprawozdania końcowego: " + to.plusDays(30).format(PL));
        Page started = a.ngo().post("/offers/" + a.offerId() + "/reports", Map.of("kind", "FINAL"), contract.csrf());
        assertThat(started.status()).isEqualTo(302);
        String report = started.location().replaceAll(".*(/reports/\\d+).*", "$1");

        WebClient stranger = loggedIn(plainUser());
        assertThat(stranger.get(report).status()).isEqualTo(403);
        assertThat(
                stranger.post(report, report(a, "Zrealizowano", "40"), stranger.get("/competitions").csrf()).status())
            .isEqualTo(403);
        assertThat(stranger
            .post("/offers/" + a.offerId() + "/reports", Map.of("kind", "FINAL"), stranger.get("/competitions").csrf())
            .status()).isEqualTo(403);
        assertThat(stranger.get("/offers/" + a.offerId() + "/contract").status()).isEqualTo(403);

        // Submitted without the description: a field error, the typed values kept, flags
        // computed.
        Page form = a.ngo().get(report);
        Map<String, String> withoutActions = report(a, "", "30");
        withoutActions.put("resultsDescription", "Wszyscy zapisani ukończyli warsztaty.");
        Page missing = a.ngo().post(report, withoutActions, form.csrf());
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.text()).contains("Opisz zrealizowane działania", "osiągnięto w 75,00 %",
                "poza terminem realizacji zadania");
        assertThat(missing.body()).as("part I's description kept")
            .contains(">Wszyscy zapisani ukończyli warsztaty.</textarea>");
        assertThat(missing.inputValue("costs0.incurred")).isEqualTo("4 500");
        assertThat(a.ngo().post(report, report(a, "Osiem spotkań warsztatowych.", "30"), form.csrf()).status())
            .isEqualTo(302);

        // The official sees the same flags and the settlement preview; corrections need a
        // note.
        Page official = a.official().get(report);
        assertThat(official.text()).contains("osiągnięto w 75,00 %", "poza terminem realizacji zadania",
                "do zwrotu 272,73 zł");
        assertThat(a.official()
            .post(report + "/decision", Map.of("result", "CORRECTIONS", "note", ""), official.csrf())
            .text()).contains("Podaj uwagi");
        assertThat(a.ngo().post(report + "/decision", Map.of("result", "ACCEPTED"), form.csrf()).status())
            .isEqualTo(403);
        assertThat(
                a.official()
                    .post(report + "/decision",
                            Map.of("result", "CORRECTIONS", "note",
                                    "Proszę podać liczbę uczestników z list obecności."),
                            official.csrf())
                    .status())
            .isEqualTo(302);

        Page toCorrect = a.ngo().get(report);
        assertThat(toCorrect.text()).contains("Do poprawy", "Proszę podać liczbę uczestników z list obecności.");
        Map<String, String> corrected = report(a, "Osiem spotkań warsztatowych.", "40");
        corrected.put("resultsDescription", "Czterdziestu uczestników ukończyło warsztaty.");
        corrected.put("otherIncome", "Odsetki bankowe 3,12 zł przeznaczone na materiały.");
        corrected.put("additionalInfo", "Wystawa prac trwa w bibliotece.");
        assertThat(a.ngo().post(report, corrected, toCorrect.csrf()).status()).isEqualTo(302);
        Page resubmitted = a.official().get(report);
        assertThat(resubmitted.text()).contains("Złożone").doesNotContain("osiągnięto w");
        assertThat(a.official().post(report + "/decision", Map.of("result", "ACCEPTED"), resubmitted.csrf()).status())
            .isEqualTo(302);

        Page settled = a.ngo().get(report);
        assertThat(settled.text()).contains("Przyjęte i rozliczone", "Kwota do zwrotu", "272,73 zł", "100,00 zł",
                "172,73 zł", "Część I. Sprawozdanie merytoryczne", "Część II. Sprawozdanie z wykonania wydatków",
                "2. Rozliczenie ze względu na źródło finansowania", "Data wydatku", "Część III. Dodatkowe informacje",
                "Oświadczenia", "zgodnie z przepisami o zamówieniach publicznych")
            .doesNotContain("uproszczone");
        // The competition's report as PDF: the parts of the full form (Dz.U. 2018 poz.
        // 2057,
        // annex 5), its statements and a place to sign.
        HttpResponse<byte[]> pdf = a.ngo().getBytes(report + ".pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text)
                .contains("Sprawozdanie końcowe", "poz. 2057", "Część I. Sprawozdanie merytoryczne",
                        "1. Osiągnięte rezultaty", "Czterdziestu uczestników ukończyło warsztaty.",
                        "2. Szczegółowy opis wykonania zadania", "Osiem spotkań warsztatowych.",
                        "Część II. Sprawozdanie z wykonania wydatków",
                        "2. Rozliczenie ze względu na źródło finansowania", "Data wydatku", "272,73 zł",
                        "3. Informacje o innych przychodach", "Odsetki bankowe 3,12 zł przeznaczone na materiały.",
                        "Część III. Dodatkowe informacje", "Wystawa prac trwa w bibliotece.", "Oświadczenia",
                        "zostały faktycznie poniesione", "Podpis osoby upoważnionej")
                .doesNotContain("uproszczone", "poz. 2055");
        }
        assertThat(jdbc.sql("select to_return from competition_report where offer_id = ?")
            .param(a.offerId())
            .query(BigDecimal.class)
            .single()).isEqualByComparingTo("272.73");
        assertThat(a.ngo().post(report, report(a, "Zmiana", "40"), settled.csrf()).status()).as("settled")
            .isEqualTo(409);
    }

    @Test
    void finalReportIsDueThirtyDaysAfterTheTaskWithReminderAndOverdueList() throws InterruptedException {
        Awarded a = contracted();
        LocalDate to = jdbc.sql("select period_to from competition_contract where offer_id = ?")
            .param(a.offerId())
            .query(LocalDate.class)
            .single();
        String number = "U/" + a.offerId();

        // Three days before the due date (end + 30 days): the reminder goes out once,
        // also when the job runs twice at once.
        moveTo(to.plusDays(27));
        AtOnce.run(2, reports::sendFinalReportReminders);
        assertThat(TestMailServer.awaitMail(a.ngoEmail(), "Przypomnienie: sprawozdanie końcowe"))
            .contains("Warsztaty w świetlicy", to.plusDays(30).format(PL));
        reports.sendFinalReportReminders();
        assertThat(remindersTo(a.ngoEmail())).as("one reminder only").isEqualTo(1);
        assertThat(jdbc.sql("select final_reminder_sent_at is not null from competition_contract where offer_id = ?")
            .param(a.offerId())
            .query(Boolean.class)
            .single()).isTrue();

        // On the due date it is not overdue yet; the day after it is.
        moveTo(to.plusDays(30));
        assertThat(a.official().get("/competitions/reports/overdue").text()).doesNotContain(number + " ");
        moveTo(to.plusDays(31));
        Page overdue = a.official().get("/competitions/reports/overdue");
        assertThat(overdue.status()).isEqualTo(200);
        assertThat(overdue.text())
            .contains(number + " Warsztaty w świetlicy " + to.format(PL) + " " + to.plusDays(30).format(PL));
        assertThat(a.ngo().get("/competitions/reports/overdue").status()).isEqualTo(403);
        assertThat(loggedIn(userWithRole(Role.OFFICIAL, SECEMIN)).get("/competitions/reports/overdue").text())
            .doesNotContain(number + " ");
    }

    /**
     * Incurred 4 500 (2 500 from the grant) + 500 (400) = 5 000 zł, 2 900 from the grant;
     * line 2 dated after the task.
     */
    static Map<String, String> report(Awarded a, String actions, String participants) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("actions", actions);
        f.put("results[0].achieved", participants);
        f.put("costs[0].incurred", "4 500");
        f.put("costs[0].fromGrant", "2500");
        f.put("costs[0].spentOn", a.from().plusDays(5).toString());
        f.put("costs[1].incurred", "500");
        f.put("costs[1].fromGrant", "400");
        f.put("costs[1].spentOn", a.from().plusMonths(6).plusDays(1).toString());
        f.put("ownFinancial", "1900");
        f.put("ownPersonal", "200");
        f.put("ownInKind", "0");
        f.put("recipientPayments", "0");
        f.put("action", "submit");
        return f;
    }

}
