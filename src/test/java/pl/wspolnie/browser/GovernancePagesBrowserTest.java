package pl.wspolnie.browser;

import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Partnership governance as people click through it, axe on every page and on the forms
 * shown again with their errors: the demo agreement (seed 000) with its parties, the
 * Forum, the complete Council and the election with its results, the register of
 * resolutions, the Council's regulation with the diff of its versions, the goals and the
 * yearly summary; the coordinator's forms (a new agreement, the settings, a resolution, a
 * document and its version, the actions); an NGO representative's application form.
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

        // the register of resolutions, the Council's regulation with its diff, the goals
        long resolution = jdbc.sql("select id from governance_resolution where agreement_id = ? and number = 1")
            .param(agreement)
            .query(Long.class)
            .single();
        long regulation = jdbc.sql("select id from governance_document where agreement_id = ?")
            .param(agreement)
            .query(Long.class)
            .single();
        String document = path + "/documents/" + regulation;
        open(path + "/resolutions");
        assertThat(page.locator("main")).containsText("w sprawie zmiany Regulaminu Rady Porozumienia");
        open(path + "/resolutions/" + resolution);
        assertThat(page.locator("main")).containsText("Dokumenty przyjęte tą uchwałą");
        open(path + "/documents");
        open(document);
        assertThat(page.locator("main")).containsText("co najmniej raz na kwartał");
        navigateBy(() -> page.click("main form.inline-form button[type=submit]"));
        assertThat(page.locator("main")).containsText("zmiany od wersji 1 do wersji 2");
        assertThat(page.locator("main ins").first()).containsText("Jest:");
        open(document + "/versions/2");
        open(path + "/goals");
        assertThat(page.locator("main")).containsText("Utworzenie Centrum Organizacji Pozarządowych");
        open(path + "/summary");

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
        open(path + "/meetings/" + meeting + "/resolutions/new");
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("#error-summary")).isVisible();
        open(path + "/documents/new");
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("#error-summary")).isVisible();
        open(document);
        open(document + "/versions/new");
        open(path + "/goals");

        // an NGO's representative: the application form with its error
        context.clearCookies();
        loginAs("ngo@wspolnie.demo");
        open(path + "/apply");
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("#error-summary")).isVisible();
        open(path + "/forum");
    }

}
