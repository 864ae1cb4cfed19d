package pl.wspolnie.browser;

import org.junit.jupiter.api.Test;
import pl.wspolnie.competitions.CompetitionFixtures;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static pl.wspolnie.shared.time.ClockConfig.WARSAW;

/**
 * The story of a competition in the browser, with axe on every page: an official
 * announces (a publication refused first for missing elements of art. 13 and a too early
 * deadline), an NGO drafts an offer, saves it with an error, submits it, the official
 * calls for a correction of the cost table, the NGO submits the corrected version, and
 * anyone verifies the checksum.
 */
class CompetitionJourneyBrowserTest extends BrowserTest {

    @Test
    void officialAnnouncesNgoSubmitsAndAnyoneVerifiesTheChecksum() {
        // Buttons that cannot be undone ask first (data-confirm): the story answers yes.
        String title = "Konkurs przeglądarkowy " + TestOrganizations.word();
        String official = userWithRole(Role.OFFICIAL, POWIAT);
        loginAs(official);
        open("/competitions");
        open("/competitions/new");
        Map<String, String> announcement = CompetitionFixtures.announcement(jstId(POWIAT), title,
                LocalDateTime.now(WARSAW).plusDays(10));
        // A draft without the rules of granting and the conditions of the task can be
        // saved.
        announcement.put("grantRules", "");
        announcement.put("conditions", "");
        CompetitionForms.fill(page, announcement, List.of("jstId", "mode", "tasks[0].sphereCode"));
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("main .notice")).containsText("Projekt ogłoszenia zapisany");

        // The gate of art. 13: publication is refused with every missing element named in
        // the error summary and next to its field; ten days are too few as well.
        navigateBy(() -> page.click("main form button:has-text('Opublikuj ogłoszenie')"));
        assertThat(page.locator("#error-summary")).containsText("art. 13 ust. 2 pkt 3");
        assertThat(page.locator("#error-summary a[href='#grantRules']")).isVisible();
        assertThat(page.locator("#grantRules-error")).containsText("zasady przyznawania dotacji");
        assertThat(page.locator("#conditions-error")).containsText("art. 13 ust. 2 pkt 4");
        assertThat(page.locator("#offerDeadline-error")).containsText("co najmniej 21 dni");
        assertThat(page.locator("#grantRules")).hasAttribute("aria-invalid", "true");
        LocalDateTime deadline = LocalDateTime.now(WARSAW).plusDays(30);
        page.fill("#grantRules", "Dotację przyznaje Zarząd Powiatu po opinii komisji konkursowej.");
        page.fill("#conditions", "Zadanie realizowane na terenie powiatu.");
        page.fill("#offerDeadline", deadline.format(CompetitionFixtures.DEADLINE));
        page.fill("#periodFrom", deadline.toLocalDate().plusDays(10).toString());
        page.fill("#periodTo", deadline.toLocalDate().plusDays(10).plusMonths(6).toString());
        page.fill("#choiceDate", deadline.toLocalDate().plusDays(7).toString());
        navigateBy(() -> page.click("main form button[type=submit]"));
        navigateBy(() -> page.click("main form button:has-text('Opublikuj ogłoszenie')"));
        assertThat(page.locator("main .notice")).containsText("Ogłoszenie opublikowane");
        String competitionPath = localPath(page.url());
        long competitionId = Long.parseLong(competitionPath.replaceAll("\\D", ""));
        long taskId = CompetitionFixtures.taskId(jdbc, competitionId);
        LocalDate periodFrom = CompetitionFixtures.periodFrom(jdbc, competitionId);

        context.clearCookies();
        String email = plainUser();
        organisationRepresentedBy(email, "Fundacja Przeglądarkowa " + TestOrganizations.word(), KLUCZEWSKO, true);
        loginAs(email);
        open(competitionPath);
        page.fill("#title", "Haft w przeglądarce");
        navigateBy(() -> page.click("main form button:has-text('Rozpocznij ofertę')"));
        assertThat(page.locator("main .notice")).containsText("Projekt oferty założony");

        Map<String, String> offer = CompetitionFixtures.offer(taskId, "Haft w przeglądarce", periodFrom,
                periodFrom.plusMonths(6));
        offer.put("ownFinancial", "abc");
        CompetitionForms.fill(page, offer, List.of("taskId"));
        navigateBy(() -> page.click("main form button[value=save]"));
        assertThat(page.locator("#ownFinancial-error")).containsText("Wpisz kwotę w złotych");
        assertThat(page.locator("#ownFinancial")).hasValue("abc");
        page.fill("#ownFinancial", "300");
        navigateBy(() -> page.click("main form button[value=submit]"));
        assertThat(page.locator("main .notice")).containsText("Oferta złożona");
        String checksum = page.locator("code.checksum").first().textContent().strip();
        assertThat(checksum).hasSize(64);
        String offerPath = localPath(page.url());

        // Formal review: the official calls for a correction of part V; the NGO corrects
        // it.
        context.clearCookies();
        loginAs(official);
        open(competitionPath + "/offers");
        navigateBy(() -> page.click("main table a[href$='/review']"));
        page.check("#check0");
        page.check("#result-CORRECTIONS_REQUESTED");
        page.check("#section-V");
        page.fill("#note", "Proszę poprawić kosztorys.");
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("main .notice")).containsText("Ocena formalna zapisana");
        context.clearCookies();
        loginAs(email);
        open(offerPath);
        assertThat(page.locator("main")).containsText("Popraw części: V");
        assertThat(page.locator("#title")).isDisabled();
        page.fill("#costLines0\\.units", "49");
        page.fill("#costLines0\\.fromGrant", "4400");
        navigateBy(() -> page.click("main form button[value=submit]"));
        assertThat(page.locator("main .notice")).containsText("Oferta złożona");
        assertThat(page.locator("code.checksum")).hasCount(2);

        context.clearCookies();
        open("/offers/verify");
        page.fill("#checksum", checksum.substring(0, 10));
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("main")).containsText("Suma kontrolna odpowiada złożonej ofercie");
        assertThat(page.locator("main")).containsText("Haft w przeglądarce");
        open("/competitions?phase=open&sphere=kultura");
        assertThat(page.locator("main")).containsText(title);
    }

}
