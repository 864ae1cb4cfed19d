package pl.wspolnie.browser;

import java.nio.charset.StandardCharsets;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.budget.BudgetTimeline;
import pl.wspolnie.budget.domain.CostLine;
import pl.wspolnie.budget.domain.EditionDetails;
import pl.wspolnie.budget.domain.Editions;
import pl.wspolnie.budget.domain.Editions.PoolDetails;
import pl.wspolnie.budget.domain.ProjectDetails;
import pl.wspolnie.budget.domain.Projects;
import pl.wspolnie.shared.security.Role;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The participatory budget as a coordinator and residents click through it, axe on every
 * page and on the forms shown again with their errors: the edition list and page, the
 * edition and pool forms, the project list, the project form (draft, refused submission,
 * submission), the project page with its support and paper count, my projects; the
 * implementation of the demo's closed edition (list, project page with milestones and
 * photos, the coordinator's forms with their errors, following).
 */
class BudgetPagesBrowserTest extends BrowserTest {

    private static int year = 2600;

    @Autowired
    Editions editions;

    @Autowired
    Projects projects;

    @Test
    void budgetPagesPassAxeWithTheirErrors() {
        LocalDate today = LocalDate.now(clock);
        String official = userWithRole(Role.OFFICIAL, KLUCZEWSKO);
        long edition = editions.seed(new EditionDetails(jstId(KLUCZEWSKO), ++year, "Budżet przeglądany " + year,
                new BigDecimal("30000000.00"), "Rb-28S", 16, 2, 10, false, BudgetTimeline.submissionOpen(today)));
        editions.seedPool(edition, new PoolDetails("Osiedle Przeglądane", false, new BigDecimal("60000.00"), 3000, 3));

        // the coordinator: new edition form with its errors, pool form with its error
        loginAs(official);
        open("/budget");
        open("/budget/new");
        page.fill("#title", "");
        page.fill("#reviewTo", today.minusDays(30).toString());
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("#error-summary")).isVisible();
        open("/budget/" + edition);
        open("/budget/" + edition + "/edit");
        open("/budget/" + edition + "/pools/new");
        page.fill("#name", "Sołectwo Testowe");
        page.fill("#amount", "40 000");
        page.fill("#population", "1500");
        page.fill("#signaturesRequired", "5");
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("#signaturesRequired-error")).containsText("Najwyżej 1 podpisów");
        page.fill("#signaturesRequired", "1");
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("main")).containsText("Sołectwo Testowe");

        // a resident: the draft, a refused submission, the submission
        context.clearCookies();
        String resident = plainUser();
        loginAs(resident);
        open("/budget/" + edition + "/projects");
        open("/budget/" + edition + "/projects/new");
        page.fill("#title", "Zielony skwer");
        page.fill("[id='costLines0.item']", "Drzewa");
        page.fill("[id='costLines0.amount']", "70 000");
        navigateBy(() -> page.click("main form button[value=save]"));
        assertThat(page.locator("main")).containsText("Szkic został zapisany.");
        navigateBy(() -> page.click("main form button[value=submit]"));
        assertThat(page.locator("#error-summary")).containsText("przekracza kwotę puli");
        page.fill("#description", "Nasadzenia drzew i krzewów.");
        page.fill("#location", "Skwer przy ul. Polnej");
        page.fill("#justification", "Brakuje cienia latem.");
        page.fill("[id='costLines0.amount']", "25 000,00");
        navigateBy(() -> page.click("main form button[value=submit]"));
        assertThat(page.locator("main")).containsText("Projekt został zgłoszony (wersja 1).");
        String project = page.url();
        page.fill("#count", "-3");
        navigateBy(() -> page.click("main form[action$='/paper'] button[type=submit]"));
        page.fill("#count", "2");
        navigateBy(() -> page.click("main form[action$='/paper'] button[type=submit]"));
        open("/budget/mine");
        navigateBy(() -> page.click("main a[href$='/edit']"));
        page.fill("#title", "Zielony skwer przy Polnej");
        navigateBy(() -> page.click("main form button[value=submit]"));
        assertThat(page.locator("main")).containsText("Wersja 2");
        open(project.replaceAll("^https?://[^/]+", "") + "?version=1");

        // another resident supports it
        context.clearCookies();
        loginAs(plainUser());
        open(project.replaceAll("^https?://[^/]+", ""));
        navigateBy(() -> page.click("main form[action$='/support'] button[type=submit]"));
        assertThat(page.locator("main")).containsText("Podpisy poparcia: 3 z wymaganych 3");
        open("/budget/" + edition + "/projects");
        assertThat(page.locator("main")).containsText("Zielony skwer przy Polnej");
    }

    /**
     * The review pages with their errors: the coordinators' review list, the formal and
     * merit review forms, marking and deciding a conflict, the author's appeal, the
     * decision of the appeal, and the results on the project and edition pages.
     */
    @Test
    void reviewPagesPassAxeWithTheirErrors() {
        LocalDate today = LocalDate.now(clock);
        long edition = editions.seed(new EditionDetails(jstId(KLUCZEWSKO), ++year, "Budżet oceniany " + year,
                new BigDecimal("30000000.00"), "Rb-28S", 16, 2, 10, false, BudgetTimeline.submissionOpen(today)));
        long pool = editions.seedPool(edition,
                new PoolDetails("Osiedle Oceniane", false, new BigDecimal("60000.00"), 3000, 3));
        String authorEmail = plainUser();
        long author = jdbc.sql("select id from user_account where email = ?")
            .param(authorEmail)
            .query(Long.class)
            .single();
        List<Long> ids = new ArrayList<>();
        for (String title : List.of("Ławka przy stawie", "Plac zabaw", "Plac zabaw bis")) {
            ids.add(projects.seed(edition, author, new ProjectDetails(pool, title, "Opis", "Kluczewsko", "Uzasadnienie",
                    List.of(new CostLine("Prace", new BigDecimal("20000.00")))), true));
        }
        clock.advance(Duration.ofDays(12));

        loginAs(userWithRole(Role.OFFICIAL, KLUCZEWSKO));
        open("/budget/" + edition + "/review");
        navigateBy(() -> page.click("main form[action$='/conflicts'] button[type=submit]"), 422);
        open("/budget/projects/" + ids.get(0) + "/review");
        page.check("#positive2");
        navigateBy(() -> page.click("main form button[type=submit]"), 422);
        page.check("#positive2");
        page.fill("#justification", "Brak wymaganych załączników.");
        navigateBy(() -> page.click("main form button[type=submit]"));
        open("/budget/projects/" + ids.get(1) + "/review");
        page.check("#positive1");
        navigateBy(() -> page.click("main form button[type=submit]"));
        page.check("#positive1");
        page.fill("#correctedCost", "90 000,00");
        navigateBy(() -> page.click("main form button[type=submit]"), 422);
        page.check("#feasible");
        page.check("#lawful");
        page.fill("#responsibleUnit", "Wydział Inwestycji");
        page.fill("#correctedCost", "18 000,00");
        page.check("#positive1");
        page.fill("#justification", "Wykonalny.");
        navigateBy(() -> page.click("main form button[type=submit]"));
        open("/budget/" + edition + "/review");
        page.check("#conflict-" + ids.get(1));
        page.check("#conflict-" + ids.get(2));
        page.fill("#note", "To samo miejsce.");
        navigateBy(() -> page.click("main form[action$='/conflicts'] button[type=submit]"));
        navigateBy(() -> page.click("main a[href*='/budget/conflicts/']"));
        navigateBy(() -> page.click("main form button[type=submit]"), 422);
        page.check("#going-" + ids.get(1));
        page.fill("#reasons", "Pierwszy zgłoszony.");
        navigateBy(() -> page.click("main form button[type=submit]"));
        open("/me");

        clock.advance(Duration.ofDays(10)); // the appeals phase
        context.clearCookies();
        loginAs(authorEmail);
        open("/budget/projects/" + ids.get(0));
        navigateBy(() -> page.click("main a[href$='/appeal']"));
        navigateBy(() -> page.click("main form button[type=submit]"), 422);
        page.fill("#reason", "Załączniki były w zgłoszeniu.");
        navigateBy(() -> page.click("main form button[type=submit]"));

        context.clearCookies();
        loginAs(userWithRole(Role.JST_ADMIN, KLUCZEWSKO));
        open("/budget/" + edition + "/review");
        navigateBy(() -> page.click("main a[href*='/budget/appeals/']"));
        navigateBy(() -> page.click("main form button[type=submit]"), 422);
        page.check("#upheld1");
        page.fill("#reasons", "Załączniki były kompletne.");
        navigateBy(() -> page.click("main form button[type=submit]"));
        open("/budget/projects/" + ids.get(0));
        open("/budget/" + edition);
        assertThat(page.locator("main")).containsText("Wyniki oceny projektów");
    }

    @Test
    void implementationPagesPassAxeWithTheirErrors() {
        long edition = jdbc.sql("select id from budget_edition where jst_id = ? and year = ?")
            .param(jstId(KLUCZEWSKO))
            .param(LocalDate.now(clock).getYear() - 1)
            .query(Long.class)
            .single();
        long classroom = jdbc.sql("select id from budget_project where edition_id = ? and title like 'Zielona klasa%'")
            .param(edition)
            .query(Long.class)
            .single();
        long milestone = jdbc
            .sql("select id from budget_milestone where project_id = ? and title = 'Altana postawiona'")
            .param(classroom)
            .query(Long.class)
            .single();
        open("/budget/" + edition + "/implementation");
        open("/budget/" + edition + "/implementation?status=IN_PROGRESS");
        open("/budget/projects/" + classroom);
        assertThat(page.locator("#implementation")).containsText("60%");

        // the coordinator's forms, each refused once (nothing of the demo is changed)
        loginAs("budzet@wspolnie.demo");
        open("/budget/projects/" + classroom);
        open("/budget/projects/" + classroom + "/implementation/edit");
        page.selectOption("#status", "NOT_IMPLEMENTED");
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("#error-summary")).containsText("Podaj powód");
        open("/budget/projects/" + classroom + "/milestones/new");
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("#error-summary")).isVisible();
        open("/budget/milestones/" + milestone + "/edit");
        page.setInputFiles("#photo",
                new FilePayload("altana.png", "image/png", "not an image".getBytes(StandardCharsets.UTF_8)));
        navigateBy(() -> page.click("main form[action$='/photos'] button[type=submit]"));
        assertThat(page.locator("#photo-error")).containsText("JPG lub PNG");

        // a resident follows the project and stops
        context.clearCookies();
        loginAs(plainUser());
        open("/budget/projects/" + classroom);
        navigateBy(() -> page.click("main form[action$='/follow'] button[type=submit]"));
        assertThat(page.locator("main")).containsText("Obserwujesz realizację tego projektu");
        navigateBy(() -> page.click("main form[action$='/unfollow'] button[type=submit]"));
        assertThat(page.locator("main")).containsText("Obserwuj realizację");
    }

}
