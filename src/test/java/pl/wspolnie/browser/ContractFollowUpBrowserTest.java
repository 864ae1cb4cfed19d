package pl.wspolnie.browser;

import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The demo contract's thread and control pages in the browser, axe on each (issue 19):
 * the organisation writes a message, the official reads it (a receipt) and opens the list
 * of controls, the control with its answered recommendation, and plans a new one with an
 * error first; the contract's annexes and its accepted annex.
 */
class ContractFollowUpBrowserTest extends BrowserTest {

    @Test
    void theDemoContractsThreadAndControls() {
        long offerId = jdbc.sql("select id from offer where title = 'Warsztaty haftu i wycinanki w świetlicy'")
            .query(Long.class)
            .single();
        String contract = "/offers/" + offerId + "/contract";

        loginAs("ngo@wspolnie.demo");
        open(contract);
        assertThat(page.locator("main")).containsText("Korespondencja w sprawie umowy");
        open(contract + "/messages");
        assertThat(page.locator("main")).containsText("Nowe daty: piątki");
        page.fill("#body", "Przesyłamy sprawozdanie z uzupełnionymi listami obecności.");
        navigateBy(() -> page.click("main form button:has-text('Wyślij wiadomość')"));
        assertThat(page.locator("main")).containsText("Nieprzeczytana przez drugą stronę.");
        open("/offers/" + offerId + "/controls");
        assertThat(page.locator("main")).containsText("W trakcie realizacji zadania");
        open(contract + "/annexes");
        assertThat(page.locator("main")).containsText("złożono sprawozdanie końcowe");
        navigateBy(() -> page.click("main table a:has-text('Aneks nr 1')"));
        assertThat(page.locator("main")).containsText("Biuro rachunkowe podniosło stawkę");
        assertThat(page.locator("main")).containsText("Przyjęty: aneks nr 1");

        context.clearCookies();
        loginAs("urzednik@wspolnie.demo");
        open(contract + "/messages");
        assertThat(page.locator("main")).containsText("Przesyłamy sprawozdanie z uzupełnionymi listami");
        open("/offers/" + offerId + "/controls");
        navigateBy(() -> page.click("main table a"));
        assertThat(page.locator("main")).containsText("Podpis uzupełniono");
        open("/offers/" + offerId + "/controls");
        page.fill("#plannedFrom", "2030-01-10");
        page.fill("#plannedTo", "2030-01-09");
        navigateBy(() -> page.click("main form button:has-text('Zaplanuj kontrolę')"), 422);
        assertThat(page.locator("#error-summary")).containsText("Dzień zakończenia nie może być wcześniejszy");
    }

    /**
     * The demo contract's evaluation with its beneficiaries (issue 19 point 3), axe on
     * each page: the organisation's report and its new codes to print, the page where a
     * code is typed (with an error first), the answer form it leads to, the official's
     * summary of the competition.
     */
    @Test
    void theDemoEvaluationItsCodesAndTheAnswerPage() {
        long offerId = jdbc.sql("select id from offer where title = 'Warsztaty haftu i wycinanki w świetlicy'")
            .query(Long.class)
            .single();
        long competitionId = jdbc.sql("select competition_id from offer where id = ?")
            .param(offerId)
            .query(Long.class)
            .single();

        loginAs("ngo@wspolnie.demo");
        open("/offers/" + offerId + "/evaluation");
        assertThat(page.locator("#answers-count")).containsText("Odpowiedzi: 20");
        page.fill("#count", "3");
        navigateBy(() -> page.click("main form button:has-text('Wygeneruj kody')"));
        assertThat(page.locator("main caption")).containsText("Kody do ankiety (3)");
        String code = page.locator("main td.code").first().textContent().strip();

        context.clearCookies();
        open("/diagnosis/code");
        page.fill("#code", "<>");
        navigateBy(() -> page.click("main form button:has-text('Przejdź do ankiety')"), 422);
        assertThat(page.locator("#error-summary")).containsText("Kod składa się z liter i cyfr");
        page.fill("#code", code.toLowerCase());
        navigateBy(() -> page.click("main form button:has-text('Przejdź do ankiety')"));
        assertThat(page.locator("main h1")).containsText("Ocena zadania: Warsztaty haftu i wycinanki");

        loginAs("urzednik@wspolnie.demo");
        open("/offers/" + offerId + "/evaluation");
        assertThat(page.locator("main")).containsText("Średnia ocena");
        open("/competitions/" + competitionId + "/evaluations");
        assertThat(page.locator("main table")).containsText("Warsztaty haftu i wycinanki w świetlicy");
    }

}
