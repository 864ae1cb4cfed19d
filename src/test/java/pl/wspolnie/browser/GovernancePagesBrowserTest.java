package pl.wspolnie.browser;

import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Partnership governance as people click through it, axe on every page and on the forms
 * shown again with their errors: the demo agreement (seed 000) with its parties, the
 * Forum, the complete Council and the election with its results; the coordinator's form
 * for a new agreement and the settings; an NGO representative's application form.
 */
class GovernancePagesBrowserTest extends BrowserTest {

    @Test
    void governancePagesPassAxe() {
        long agreement = jdbc
            .sql("select id from governance_agreement where title like 'Porozumienie na rzecz"
                    + " profesjonalizacji%' order by id limit 1")
            .query(Long.class)
            .single();
        long election = jdbc.sql("select id from governance_election where agreement_id = ? order by id limit 1")
            .param(agreement)
            .query(Long.class)
            .single();
        String path = "/governance/" + agreement;

        open("/governance");
        open(path);
        assertThat(page.locator("main")).containsText("Promocja wolontariatu");
        assertThat(page.locator("main")).containsText("Gminny Ośrodek Kultury w Kluczewsku");
        open(path + "/forum");
        assertThat(page.locator("main")).containsText("Zofia Forumowa");
        open(path + "/council");
        assertThat(page.locator("main")).containsText("Skład Rady jest kompletny.");
        open(path + "/elections/" + election);
        assertThat(page.locator("main")).containsText("Kworum osiągnięte");
        long meeting = jdbc.sql("select id from governance_meeting where agreement_id = ? and body = 'COUNCIL'")
            .param(agreement)
            .query(Long.class)
            .single();
        open(path + "/meetings/" + meeting);
        assertThat(page.locator("main")).containsText("Rada ukonstytuowała się");

        // the coordinator: a new agreement with its errors, the settings, the Council's
        // forms
        loginAs("pelnomocnik@wspolnie.demo");
        open("/governance/new");
        page.fill("#title", "");
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("#error-summary")).isVisible();
        open(path + "/settings");
        page.fill("#quorumPercent", "0");
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("#quorumPercent-error")).containsText("od 1 do 100");
        open(path + "/council");
        open(path + "/elections/" + election);
        open(path + "/meetings/" + meeting);
        open(path + "/meetings/new");
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("#error-summary")).isVisible();

        // an NGO's representative: the application form with its error
        context.clearCookies();
        loginAs("ngo@wspolnie.demo");
        open(path + "/apply");
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("#error-summary")).isVisible();
        open(path + "/forum");
    }

}
