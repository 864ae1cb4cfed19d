package pl.wspolnie.browser;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.TestMailServer;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The diagnosis surveys as an official and an NGO click through them, axe on every page
 * and on the forms shown again with their errors: the survey list with the templates, the
 * new survey form, a copied template's builder page, the question form, the preview, the
 * answer form with an error, the results of the demo's NGO needs survey (with its SVG
 * charts), the invitations page with an error and the answer form of an invitation's
 * link; the matrix of scales and the rank order on the preview, the answer form (with a
 * rank used twice) and the results.
 */
class DiagnosisPagesBrowserTest extends BrowserTest {

    @Test
    void surveyPagesPassAxeWithTheirErrors() {
        long demoSurvey = jdbc
            .sql("select min(id) from diagnosis_survey where jst_id = ? and title like 'Potrzeby i potencjał%'")
            .param(jstId(POWIAT))
            .query(Long.class)
            .single();

        loginAs(userWithRole(Role.OFFICIAL, POWIAT));
        open("/diagnosis/surveys");
        open("/diagnosis/surveys/new");
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("#error-summary")).isVisible();
        open("/diagnosis/surveys");
        navigateBy(() -> page.click("main form[action$='/training-needs/copy'] button[type=submit]"));
        assertThat(page.locator("main")).containsText("Potrzeby szkoleniowe organizacji");
        String builder = page.url();
        open(builder + "/questions/new");
        page.selectOption("#kind", "SINGLE");
        page.fill("#text", "Pytanie bez odpowiedzi");
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("#options-error")).isVisible();
        open(builder + "/preview");
        assertThat(page.locator("main table.matrix input[type=radio]").first()).isVisible();
        open("/diagnosis/surveys/" + demoSurvey);
        assertThat(page.locator("main")).containsText("nie można jej zmieniać");
        open("/diagnosis/surveys/" + demoSurvey + "/results");
        assertThat(page.locator("main")).containsText("Liczba odpowiedzi: 30");
        assertThat(page.locator("main svg.chart[role=img]").first()).isVisible();
        assertThat(page.locator("main")).containsText("Średnie miejsce");
        assertThat(page.locator("main")).containsText("Udostępnianie lokali");

        open("/diagnosis/surveys/" + demoSurvey + "/invitations");
        page.fill("#addresses", "nie-adres\n");
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("#addresses-error")).isVisible();
        String invited = uniqueEmail("zaproszenie");
        page.fill("#addresses", invited);
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("main")).containsText(invited);
        String link = localPath(TestMailServer.firstLink(TestMailServer.awaitMail(invited, "Zaproszenie do ankiety")));
        context.clearCookies();
        open(link);
        navigateBy(() -> page.click("main form button[value=submit]"));
        assertThat(page.locator("#error-summary")).isVisible();

        context.clearCookies();
        String rep = uniqueEmail("ankieta");
        organisationRepresentedBy(rep, "Stowarzyszenie " + TestOrganizations.word(), KLUCZEWSKO, true);
        loginAs(rep);
        open("/diagnosis/surveys/" + demoSurvey + "/answer");
        assertThat(page.locator("main table.matrix")).isVisible();
        page.selectOption("main fieldset select >> nth=0", "1");
        page.selectOption("main fieldset select >> nth=1", "1");
        navigateBy(() -> page.click("main form button[value=submit]"));
        assertThat(page.locator("#error-summary")).isVisible();
        assertThat(page.locator("main")).containsText("Każdy numer może być użyty tylko raz.");
    }

    @Test
    void lijwPagesPassAxeWithTheirErrors() {
        long demo = jdbc.sql("select id from lijw_diagnosis where jst_id = ? order by year desc limit 1")
            .param(jstId(POWIAT))
            .query(Long.class)
            .single();
        long remarks = jdbc.sql("select id from lijw_indicator where diagnosis_id = ? and code = '1.2'")
            .param(demo)
            .query(Long.class)
            .single();

        loginAs(userWithRole(Role.LIAISON_OFFICER, POWIAT));
        open("/diagnosis/lijw");
        page.selectOption("#jstId", String.valueOf(jstId(POWIAT)));
        page.fill("#year", "1990");
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("#error-summary")).isVisible();
        page.fill("#year", "2018");
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("main")).containsText("Zestaw wskaźników w edycji");
        String diagnosis = page.url();
        long id = Long.parseLong(diagnosis.replaceAll(".*/", ""));
        long council = jdbc.sql("select id from lijw_indicator where diagnosis_id = ? and code = '1.3'")
            .param(id)
            .query(Long.class)
            .single();
        long declared = jdbc.sql("select id from lijw_indicator where diagnosis_id = ? and code = '1.4'")
            .param(id)
            .query(Long.class)
            .single();
        open(diagnosis + "/indicators/" + council + "/edit");
        page.fill("#threshold3", "1");
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("#threshold3-error")).isVisible();
        open(diagnosis + "/indicators/new");
        open(diagnosis);
        navigateBy(() -> page.click("main form[action$='/freeze'] button[type=submit]"));
        open(diagnosis + "/indicators/" + declared);
        page.check("#declared");
        navigateBy(() -> page.click("main form[action$='/declaration'] button[type=submit]"));
        assertThat(page.locator("#error-summary")).isVisible();

        open("/diagnosis/lijw/" + demo + "/indicators/" + remarks);
        open("/diagnosis/lijw/" + demo + "/report");
        assertThat(page.locator("svg[role=img] title")).hasText(Pattern.compile("LIJW"));
        assertThat(page.locator("main")).containsText("Indeks ogólny");
    }

}
