package pl.wspolnie.browser;

import org.junit.jupiter.api.Test;
import pl.wspolnie.competitions.CompetitionFixtures;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * After the decision, in the browser with axe on every page: a lower grant → the
 * offeror's updated cost table → the official's contract (first with a bad account
 * number) → the final report with one call for corrections → accepted and settled. The
 * competition up to the decision is set up over HTTP.
 */
class CompetitionContractBrowserTest extends BrowserTest {

    @Test
    void lowerGrantBudgetContractFinalReportWithCorrectionSettled() {
        // Buttons that cannot be undone ask first (data-confirm): the story answers yes.
        CheckedOffer checked = checkedOffer("Konkurs umowny " + TestOrganizations.word(),
                "Organizacja Umowna " + TestOrganizations.word(), "Warsztaty haftu");
        String officialEmail = checked.officialEmail();
        WebClient official = checked.official();
        long competitionId = checked.competitionId();
        long offerId = checked.offerId();
        LocalDate from = checked.taskFrom();
        String rep = checked.representative();
        String chair = userWithRole(Role.COMMISSION_MEMBER, POWIAT);
        official.post("/competitions/" + competitionId + "/commission", Map.of("email", chair, "chair", "true"),
                official.get("/competitions/" + competitionId + "/commission").csrf());
        clock.advance(Duration.ofDays(31));
        WebClient member = visitor().login(chair, DEMO_PASSWORD);
        Page board = member.get("/competitions/" + competitionId + "/evaluation");
        member.post("/competitions/" + competitionId + "/evaluation/declare", Map.of("noConflict", "true"),
                board.csrf());
        Map<String, String> score = CompetitionFixtures.evenScores(jdbc, competitionId, 8, "Dobrze opisane zadanie.");
        member.post("/offers/" + offerId + "/score", score, board.csrf());
        official.post("/competitions/" + competitionId + "/decision",
                Map.of("amount" + offerId, "3000", "justification" + offerId, "Ograniczone środki."),
                official.get("/competitions/" + competitionId + "/decision").csrf());

        // The offeror updates the cost table to the awarded 3 000 zł (the decided
        // competition's page first: results,
        // statistics and the request for reasons).
        loginAs(rep);
        open("/competitions/" + competitionId);
        assertThat(page.locator("main")).containsText("Statystyka konkursu");
        page.fill("#question", "Dlaczego obniżono dotację?");
        navigateBy(() -> page.click("main form button:has-text('Złóż wniosek o uzasadnienie')"));
        assertThat(page.locator("main")).containsText("Oczekuje na odpowiedź urzędu.");
        open("/offers/" + offerId);
        assertThat(page.locator("main")).containsText("Przyznano mniejszą dotację");
        page.fill("#costLines0\\.fromGrant", "2 600");
        page.fill("#ownFinancial", "2 200");
        navigateBy(() -> page.click("main form button[value=submit]"));
        assertThat(page.locator("main")).containsText("Złożona");
        open("/offers/" + offerId + "/contract");

        // The official records the contract: a bad account number first.
        context.clearCookies();
        loginAs(officialEmail);
        open("/offers/" + offerId + "/contract");
        CompetitionForms.fillContract(page, "U/B/" + offerId, from.minusDays(2), "61 1090 1014 0000 0712 1981 2875",
                from, "3000");
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator(".error-summary")).containsText("Podaj poprawny numer rachunku");
        page.fill("#bankAccount", "61 1090 1014 0000 0712 1981 2874");
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("main")).containsText("Zawarta umowa");

        // The offeror writes the final report.
        context.clearCookies();
        loginAs(rep);
        open("/offers/" + offerId + "/contract");
        navigateBy(() -> page.click("main form button:has-text('Rozpocznij sprawozdanie końcowe')"));
        CompetitionForms.fillFinalReport(page, "30");
        // The list of accounting documents: rows added (what was typed kept), a refusal
        // at its field, an empty row removed; each page with axe.
        navigateBy(() -> page.click("main form button:has-text('Dodaj dokument')"));
        navigateBy(() -> page.click("main form button:has-text('Dodaj dokument')"));
        navigateBy(() -> page.click("main form button:has-text('Dodaj dokument')"));
        assertThat(page.locator("#costs0\\.incurred")).hasValue("4500");
        fillDocument(0, "FV 12/2026", from.plusDays(5), "1", "4500", "4600");
        fillDocument(1, "RK 3/2026", from.plusDays(6), "2", "500", "400");
        navigateBy(() -> page.click("main form button[value=submit]"));
        assertThat(page.locator("#documents0\\.fromGrant-error"))
            .containsText("Część z dotacji nie może przekraczać kwoty dokumentu.");
        page.fill("#documents0\\.fromGrant", "2500");
        navigateBy(() -> page.click("main form button:has-text('Usuń dokument 3')"));
        assertThat(page.locator("#documents1\\.number")).hasValue("RK 3/2026");
        navigateBy(() -> page.click("main form button[value=submit]"));
        assertThat(page.locator("main")).containsText("Sprawozdanie złożono");
        assertThat(page.locator("main")).containsText("Dokumenty a kosztorys");
        assertThat(page.locator("main .flags")).containsText("75,00 %");
        String reportPath = localPath(page.url());

        // The official asks for a correction.
        context.clearCookies();
        loginAs(officialEmail);
        open(reportPath);
        page.check("#result-corrections");
        page.fill("#note", "Proszę sprawdzić listy obecności.");
        navigateBy(() -> page.click("main form button:has-text('Zapisz decyzję')"));
        assertThat(page.locator("main")).containsText("Do poprawy");

        context.clearCookies();
        loginAs(rep);
        open(reportPath);
        page.fill("#results0\\.achieved", "40");
        navigateBy(() -> page.click("main form button[value=submit]"));
        assertThat(page.locator("main")).containsText("Sprawozdanie złożono");
        assertThat(page.locator("main .flags")).containsText("Udział dotacji w kosztach (58,00 %)");

        context.clearCookies();
        loginAs(officialEmail);
        open(reportPath);
        navigateBy(() -> page.click("main form button:has-text('Zapisz decyzję')"));
        assertThat(page.locator("main")).containsText("Przyjęte i rozliczone");
        assertThat(page.locator("main")).containsText("272,73 zł");
        open("/competitions/reports/overdue");
    }

    private void fillDocument(int row, String number, LocalDate on, String line, String amount, String fromGrant) {
        String p = "#documents" + row + "\\.";
        page.fill(p + "number", number);
        page.fill(p + "issuedOn", on.toString());
        page.fill(p + "issuer", "Wystawca " + number);
        page.selectOption(p + "line", line);
        page.fill(p + "amount", amount);
        page.fill(p + "fromGrant", fromGrant);
    }

}
