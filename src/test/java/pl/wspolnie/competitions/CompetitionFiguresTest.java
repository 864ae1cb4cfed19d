package pl.wspolnie.competitions;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.shared.figures.CompetitionFiguresSource;
import pl.wspolnie.shared.figures.CompetitionYearFigures;
import pl.wspolnie.support.WebClient.Page;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.wspolnie.shared.time.ClockConfig.WARSAW;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import pl.wspolnie.shared.text.Formats;
import pl.wspolnie.support.WebClient;

/**
 * The figures for the annual programme report come from the competitions' records; the
 * report page shows them.
 */
class CompetitionFiguresTest extends AwardedOfferTest {

    @Autowired
    CompetitionFiguresSource figures;

    @Test
    void aDecidedContractedSettledCompetitionCountsInTheYearFiguresAndTheProgrammeReport() {
        long powiat = jstId(POWIAT);
        // counted by the year of the task, which starts 40 days from now
        // (AwardedOfferTest)
        int year = LocalDate.now(WARSAW).plusDays(40).getYear();
        CompetitionYearFigures before = figures.forYear(powiat, year);

        Awarded a = contracted();
        String report = a.ngo()
            .post("/offers/" + a.offerId() + "/reports", Map.of("kind", "FINAL"),
                    a.ngo().get("/offers/" + a.offerId() + "/contract").csrf())
            .location()
            .replaceAll(".*(/reports/\\d+).*", "$1");
        Map<String, String> f = new LinkedHashMap<>();
        f.put("actions", "Zrealizowano.");
        f.put("results[0].achieved", "40");
        f.put("costs[0].incurred", "4500");
        f.put("costs[0].fromGrant", "2500");
        f.put("costs[1].incurred", "500");
        f.put("costs[1].fromGrant", "400");
        f.put("action", "submit");
        assertThat(a.ngo().post(report, f, a.ngo().get(report).csrf()).status()).isEqualTo(302);
        assertThat(a.official()
            .post(report + "/decision", Map.of("result", "ACCEPTED"), a.official().get(report).csrf())
            .status()).isEqualTo(302);

        CompetitionYearFigures after = figures.forYear(powiat, year);
        assertThat(after.competitionsAnnounced() - before.competitionsAnnounced()).isEqualTo(1);
        assertThat(after.competitionsDecided() - before.competitionsDecided()).isEqualTo(1);
        assertThat(after.offersSubmitted() - before.offersSubmitted()).isEqualTo(1);
        assertThat(after.organizationsApplying() - before.organizationsApplying()).isEqualTo(1);
        assertThat(after.grantsAwarded() - before.grantsAwarded()).isEqualTo(1);
        assertThat(after.amountRequested().subtract(before.amountRequested())).isEqualByComparingTo("4900.00");
        assertThat(after.amountAwarded().subtract(before.amountAwarded())).isEqualByComparingTo("3000.00");
        assertThat(after.awardedBySphere()
            .get("kultura")
            .subtract(before.awardedBySphere().getOrDefault("kultura", BigDecimal.ZERO)))
            .isEqualByComparingTo("3000.00");
        assertThat(after.awardedByMode()
            .get("SUPPORTING")
            .subtract(before.awardedByMode().getOrDefault("SUPPORTING", BigDecimal.ZERO)))
            .isEqualByComparingTo("3000.00");
        assertThat(after.contractsSigned() - before.contractsSigned()).isEqualTo(1);
        assertThat(after.reportsSettled() - before.reportsSettled()).isEqualTo(1);
        assertThat(after.amountReturned().subtract(before.amountReturned())).isEqualByComparingTo("272.73");
        assertThat(figures.forYear(powiat, year - 5).competitionsAnnounced()).isZero();

        // Offers and evaluation results as CSV / XLSX / ODS for the officials only.
        HttpResponse<byte[]> csv = a.official().getBytes("/competitions/" + a.competitionId() + "/offers.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).contains("Wnioskowana dotacja", "Przyznana dotacja", "Warsztaty w świetlicy",
                "Oferta poprawna formalnie", "4900", "3000", "48");
        assertThat(a.official().getBytes("/competitions/" + a.competitionId() + "/offers.xlsx").statusCode())
            .isEqualTo(200);
        assertThat(a.official().getBytes("/competitions/" + a.competitionId() + "/offers.ods").statusCode())
            .isEqualTo(200);
        assertThat(a.ngo().getBytes("/competitions/" + a.competitionId() + "/offers.csv").statusCode()).isEqualTo(403);

        // The statistics block on the public page of the competition.
        String stats = visitor().get("/competitions/" + a.competitionId()).text();
        assertThat(stats).contains("Statystyka konkursu",
                "Złożone oferty: 1, organizacje: 1. Wnioskowano o 4\u00a0900,00 zł, przyznano 3\u00a0000,00 zł.",
                "Według gminy siedziby oferenta", "Kluczewsko");

        // The results as a PDF and as an entry of the Atom feed, for anybody.
        String title = jdbc.sql("select title from competition where id = ?")
            .param(a.competitionId())
            .query(String.class)
            .single();
        HttpResponse<byte[]> pdf = visitor().getBytes("/competitions/" + a.competitionId() + "/results.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " "))
                .contains("Wyniki otwartego konkursu ofert", title, "Warsztaty w świetlicy", "3\u00a0000,00 zł");
        }
        catch (IOException e) {
            throw new AssertionError(e);
        }
        try {
            SyndFeed feed = new SyndFeedInput().build(new StringReader(
                    visitor().getWithAccept("/competitions/feed.atom", "application/atom+xml").body()));
            assertThat(feed.getEntries()).anySatisfy(e -> {
                assertThat(e.getTitle()).isEqualTo("Wyniki: " + title);
                assertThat(e.getLink()).endsWith("/competitions/" + a.competitionId() + "/results.pdf");
            });
        }
        catch (FeedException e) {
            throw new AssertionError(e);
        }

        // A request for the reasons of the decision: filed by a resident, answered by the
        // official.
        String cPath = "/competitions/" + a.competitionId();
        WebClient resident = loggedIn(plainUser());
        Page shown = resident.get(cPath);
        String tooLong = "Dlaczego " + "tak ".repeat(500);
        Page refused = resident.post(cPath + "/reasons", Map.of("question", tooLong), shown.csrf());
        assertThat(refused.status()).as("the page again with the error at the field").isEqualTo(422);
        assertThat(refused.text()).contains("Napisz wniosek (do 2000 znaków).");
        assertThat(refused.body()).contains("id=\"error-summary\"", "href=\"#question\"", "aria-invalid=\"true\"",
                tooLong.strip());
        assertThat(resident.post(cPath + "/reasons", Map.of("question", "Dlaczego obniżono dotację?"), shown.csrf())
            .status()).isEqualTo(302);
        assertThat(resident.get(cPath).text()).contains("Dlaczego obniżono dotację?", "Oczekuje na odpowiedź urzędu.");
        assertThat(loggedIn(plainUser()).get(cPath).text()).as("only the requester")
            .doesNotContain("Dlaczego obniżono dotację?");
        long requestId = jdbc.sql("select id from competition_reason_request where competition_id = ?")
            .param(a.competitionId())
            .query(Long.class)
            .single();
        assertThat(resident
            .post("/reasons/" + requestId + "/answer", Map.of("answer", "Sam sobie odpowiem."), shown.csrf())
            .status()).isEqualTo(403);
        Page officialView = a.official().get(cPath);
        assertThat(officialView.text()).contains("Dlaczego obniżono dotację?");
        assertThat(a.official()
            .post("/reasons/" + requestId + "/answer",
                    Map.of("answer", "Środki zadania nie wystarczały na pełną kwotę."), officialView.csrf())
            .status()).isEqualTo(302);
        assertThat(resident.get(cPath).text()).contains("Środki zadania nie wystarczały na pełną kwotę.")
            .doesNotContain("Sam sobie odpowiem.");

        Page page = a.official().get("/programmes/reports/" + powiat + "/" + year);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).doesNotContain("nie są prowadzone na platformie")
            .contains("Ogłoszone konkursy " + after.competitionsAnnounced(),
                    "Kwota przyznanych dotacji " + new Formats().money(after.amountAwarded()),
                    "Rozliczone sprawozdania " + after.reportsSettled());
    }

}
