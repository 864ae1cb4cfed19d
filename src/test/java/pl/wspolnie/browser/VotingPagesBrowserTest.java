package pl.wspolnie.browser;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.budget.BudgetTimeline;
import pl.wspolnie.budget.domain.CostLine;
import pl.wspolnie.budget.domain.EditionDetails;
import pl.wspolnie.budget.domain.Editions;
import pl.wspolnie.budget.domain.Editions.PoolDetails;
import pl.wspolnie.budget.domain.ProjectDetails;
import pl.wspolnie.budget.domain.Projects;
import pl.wspolnie.budget.domain.review.Reviews;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import java.util.regex.Pattern;
import pl.wspolnie.shared.security.Role;

/**
 * The ballot as a resident goes through it with the keyboard only, axe on every page: the
 * ballot with its errors, the review step, the vote with its receipt code, the public
 * receipt check, the results with the ballot file's checksum and the recount page; the
 * coordinator's draw value.
 */
class VotingPagesBrowserTest extends BrowserTest {

    private static int year = 2700;

    @Autowired
    Editions editions;

    @Autowired
    Projects projects;

    @Autowired
    Reviews reviews;

    @Test
    void aResidentVotesWithTheKeyboardOnPagesThatPassAxe() {
        LocalDate today = LocalDate.now(clock);
        long edition = editions.seed(new EditionDetails(jstId(KLUCZEWSKO), ++year, "Budżet do głosowania " + year,
                new BigDecimal("30000000.00"), "Rb-28S", 0, 1, 1, false, BudgetTimeline.submissionOpen(today)));
        long pool = editions.seedPool(edition,
                new PoolDetails("Osiedle Głosujące", false, new BigDecimal("60000.00"), 3000, 3));
        long author = provisioning.ensureConfirmedUser(uniqueEmail("author"), "Autor", DEMO_PASSWORD);
        for (String title : List.of("Ławki nad stawem", "Siłownia pod chmurką")) {
            reviews.seedPositive(projects.seed(edition, author, new ProjectDetails(pool, title, "Opis", "Kluczewsko",
                    "Uzasadnienie", List.of(new CostLine("Prace", new BigDecimal("20000.00")))), true));
        }
        clock.advance(Duration.ofDays(31));

        loginAs(plainUser());
        open("/budget/" + edition);
        open("/budget/" + edition + "/vote");
        // the ballot with the keyboard: PESEL, birth date, declaration, two projects (one
        // too many)
        page.focus("#pesel");
        page.keyboard().type("02270812343");
        // typing a date depends on the browser's locale
        page.fill("#birthDate", "2002-07-08");
        page.focus("#resident");
        page.keyboard().press("Space");
        page.focus("main input[name=choices] >> nth=0");
        page.keyboard().press("Space");
        page.keyboard().press("Tab");
        page.keyboard().press("Tab");
        page.keyboard().press("Space");
        // the review opens in the page (no request): the chosen projects from the
        // ballot's labels; the server refuses the cast of two and shows the ballot
        page.focus("main button[value=review]");
        page.keyboard().press("Enter");
        assertThat(page.locator("#vote-review")).isVisible();
        assertThat(page.locator("#vote-review li")).hasCount(2);
        assertThat(page.locator("#vote-review h3")).hasText("Osiedle Głosujące");
        checkAxe();
        page.focus("#vote-review button[value=cast]");
        navigateBy(() -> page.keyboard().press("Enter"));
        assertThat(page.locator("#error-summary")).containsText("najwyżej 1 projekty");
        page.focus("main input[name=choices]:checked >> nth=1");
        page.keyboard().press("Space");
        page.focus("main button[value=review]");
        page.keyboard().press("Enter");
        assertThat(page.locator("#vote-review li")).hasCount(1);
        // "Change" (focused first) goes back to the ballot; the review again, then the
        // cast
        page.keyboard().press("Enter");
        assertThat(page.locator("#vote-review")).isHidden();
        page.focus("main button[value=review]");
        page.keyboard().press("Enter");
        page.focus("#vote-review button[value=cast]");
        navigateBy(() -> page.keyboard().press("Enter"));
        String receipt = page.locator(".receipt-code").innerText().strip();
        open("/budget/" + edition + "/receipt");
        page.focus("#code");
        page.keyboard().type(receipt);
        navigateBy(() -> page.keyboard().press("Enter"));
        assertThat(page.locator("main")).containsText("Głos z tym kodem został policzony.");
        clock.advance(Duration.ofDays(14)); // the first day of the results phase
        open("/budget/" + edition);
        open("/budget/" + edition + "/results");
        assertThat(page.locator("main")).containsText("Wybrany do realizacji");
        assertThat(page.locator("main")).containsText("Frekwencja w pulach");
        assertThat(page.locator("main .checksum")).hasText(Pattern.compile("^[0-9a-f]{64}$"));
        open("/budget/" + edition + "/recount");
    }

    @Test
    void theStaffsPaperCardPagePassesAxeWithItsErrors() {
        LocalDate today = LocalDate.now(clock);
        long edition = editions.seed(new EditionDetails(jstId(KLUCZEWSKO), ++year, "Budżet kart " + year,
                new BigDecimal("30000000.00"), "Rb-28S", 0, 2, 1, true, BudgetTimeline.submissionOpen(today)));
        long pool = editions.seedPool(edition,
                new PoolDetails("Cała gmina", true, new BigDecimal("90000.00"), 3000, 3));
        long author = provisioning.ensureConfirmedUser(uniqueEmail("author"), "Autor", DEMO_PASSWORD);
        reviews.seedPositive(projects.seed(edition, author, new ProjectDetails(pool, "Skatepark", "Opis", "Kluczewsko",
                "Uzasadnienie", List.of(new CostLine("Prace", new BigDecimal("20000.00")))), true));
        clock.advance(Duration.ofDays(40));

        loginAs(userWithRole(Role.OFFICIAL, KLUCZEWSKO));
        open("/budget/" + edition);
        // the draw value, entered with the keyboard, then shown on the page
        page.focus("#drawSeed");
        page.keyboard().type("Lotto 1 2 3");
        navigateBy(() -> page.keyboard().press("Enter"));
        assertThat(page.locator("main")).containsText("Zapisano wartość do losowania.");
        assertThat(page.locator("main")).containsText("Lotto 1 2 3");
        open("/budget/" + edition + "/recount");
        open("/budget/" + edition + "/paper-cards");
        page.fill("#number", "K-1");
        page.fill("#pesel", "12345678901");
        navigateBy(() -> page.click("main form button[type=submit]"));
        // the missing date and the domain's checks are shown together
        assertThat(page.locator("#error-summary")).containsText("Data urodzenia");
        assertThat(page.locator("#error-summary")).containsText("Wpisz prawidłowy numer PESEL");
        assertThat(page.locator("#error-summary")).containsText("Wybierz co najmniej jeden projekt");
        page.fill("#birthDate", "2002-07-08");
        page.fill("#pesel", "02270812343");
        page.check("#resident");
        page.check("main input[name=choices]");
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("main")).containsText("Karta K-1 została wprowadzona pierwszy raz.");
        // an invalid card: the reason is required
        page.fill("#invalidNumber", "K-2");
        navigateBy(() -> page.click("main form[action$='/invalid'] button[type=submit]"));
        assertThat(page.locator("#error-summary")).containsText("Powód nieważności");
        page.check("main input[name=reason] >> nth=0");
        navigateBy(() -> page.click("main form[action$='/invalid'] button[type=submit]"));
        assertThat(page.locator("main")).containsText("Karta K-2 została wprowadzona pierwszy raz.");
    }

}
