package pl.wspolnie.browser;

import org.junit.jupiter.api.Test;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.WebClient;

import java.time.LocalDate;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static pl.wspolnie.shared.time.ClockConfig.WARSAW;

/**
 * A small grant in the browser, axe on every page: the NGO starts the simplified offer,
 * sees an error next to a field and submits it; after the official judges it purposeful,
 * a visitor reads the JST's small grants, the offer's public page and the register; the
 * official's limits page; the demo's settled small grant: its contract and report, the
 * official's contract form and the register.
 */
class SmallGrantBrowserTest extends BrowserTest {

    @Test
    void ngoSubmitsASimplifiedOfferThatVisitorsThenReadWithItsRemarksForm() {
        String email = plainUser();
        organisationRepresentedBy(email, "Fundacja Małego Grantu " + TestOrganizations.word(), KLUCZEWSKO, true);
        loginAs(email);
        open("/small-grants/new");
        page.selectOption("#jstId", String.valueOf(jstId(KLUCZEWSKO)));
        page.fill("#title", "Potańcówka dla seniorów");
        navigateBy(() -> page.click("main form button:has-text('Rozpocznij ofertę')"));
        String offerPath = localPath(page.url());

        LocalDate from = LocalDate.now(WARSAW).plusDays(10);
        LocalDate to = from.plusDays(20);
        page.selectOption("#sphereCode", "kultura");
        page.fill("#place", "Remiza OSP w Kluczewsku");
        page.fill("#periodFrom", from.toString());
        page.fill("#periodTo", to.toString());
        page.fill("#summary", "Trzy potańcówki z orkiestrą dla seniorów z gminy.");
        page.fill("#actions0\\.name", "Potańcówki");
        page.fill("#actions0\\.from", from.toString());
        page.fill("#actions0\\.to", to.toString());
        page.fill("#results0\\.name", "Uczestnicy");
        page.fill("#results0\\.target", "60 osób");
        page.fill("#costLines0\\.type", "Orkiestra");
        page.fill("#costLines0\\.unitCost", "4 000");
        page.fill("#costLines0\\.units", "1");
        page.fill("#costLines0\\.fromGrant", "11 000");
        page.check("input[type=checkbox][name='statementNoProfit']");
        page.check("input[type=checkbox][name='statementNoArrears']");
        page.check("input[type=checkbox][name='statementDataTrue']");
        // The grant above the line's cost and the limit: errors next to the fields (422).
        navigateBy(() -> page.click("main form button[value=submit]"), 422);
        assertThat(page.locator("#error-summary")).containsText("przekracza limit");

        page.fill("#costLines0\\.fromGrant", "3 500");
        page.fill("#ownFinancial", "500");
        navigateBy(() -> page.click("main form button[value=submit]"));
        assertThat(page.locator("main")).containsText("Czeka na ocenę celowości");

        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, KLUCZEWSKO));
        official.post(offerPath + "/judge",
                Map.of("purposeful", "true", "reason", "Zadanie celowe: integracja seniorów."),
                official.get(offerPath).csrf());

        page.context().clearCookies();
        open("/small-grants?jst=" + jstId(KLUCZEWSKO));
        assertThat(page.locator("main")).containsText("Potańcówka dla seniorów");
        assertReflowsAt320px();
        open(offerPath);
        assertThat(page.locator("main")).containsText("Zadanie celowe: integracja seniorów.");
        assertReflowsAt320px();
        open("/small-grants/register?jst=" + jstId(KLUCZEWSKO));

        loginAs(email);
        open(offerPath);
        assertThat(page.locator("#remark-text")).isVisible();

        page.context().clearCookies();
        loginAs(userWithRole(Role.OFFICIAL, KLUCZEWSKO));
        open("/small-grants/limits");
    }

    @Test
    void theDemoSmallGrantsContractAndSettledReportAndTheOfficialsContractForm() {
        long rally = jdbc
            .sql("select id from offer where mode = 'SMALL_GRANT' and title = 'Rajd rowerowy doliną Pilicy'")
            .query(Long.class)
            .single();
        loginAs("ngo@wspolnie.demo");
        open("/offers/" + rally + "/contract");
        assertThat(page.locator("main")).containsText("w trybie art. 19a");
        navigateBy(() -> page.click("main a:has-text('Sprawozdanie końcowe')"));
        assertThat(page.locator("main")).containsText("Przyjęte i rozliczone");
        assertReflowsAt320px();

        // An awarded small grant without a contract: the official's form.
        long open = jdbc
            .sql("select id from offer where mode = 'SMALL_GRANT' and title = 'Potańcówka dla seniorów w remizie'")
            .query(Long.class)
            .single();
        jdbc.sql("update small_grant set status = 'AWARDED', decided_at = now() where offer_id = ?")
            .param(open)
            .update();
        try {
            page.context().clearCookies();
            loginAs(userWithRole(Role.OFFICIAL, POWIAT));
            open("/offers/" + open + "/contract");
            assertThat(page.locator("main")).containsText("Zapisz umowę");
        }
        finally {
            jdbc.sql("update small_grant set status = 'PUBLISHED', decided_at = null where offer_id = ?")
                .param(open)
                .update();
        }
        open("/small-grants/register?jst=" + jstId(POWIAT) + "&year=" + LocalDate.now(WARSAW).minusDays(40).getYear());
        assertThat(page.locator("main")).containsText("Rozliczona, do zwrotu 150,00 zł");
    }

}
