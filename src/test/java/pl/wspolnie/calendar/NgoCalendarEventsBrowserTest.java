package pl.wspolnie.calendar;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.browser.BrowserTest;
import pl.wspolnie.organizations.OrganizationSeeding;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An NGO's event proposed and approved in the browser, each page checked with axe; the
 * rejection asks for confirmation first (confirm.js), and a dismissed question sends
 * nothing.
 */
class NgoCalendarEventsBrowserTest extends BrowserTest {

    @Autowired
    OrganizationSeeding seeding;

    @Test
    void anNgoProposesAnEventAndTheLiaisonOfficerApprovesIt() {
        String repEmail = uniqueEmail("b-cal-ngo");
        long rep = provisioning.ensureConfirmedUser(repEmail, "Halina Źdźbło", DEMO_PASSWORD);
        String orgName = "Fundacja " + TestOrganizations.word();
        seeding.ensure(TestOrganizations.details(orgName, jstId(KLUCZEWSKO), List.of("kultura"), "Opis"), rep, true,
                true);
        String title = "Festyn " + TestOrganizations.word();
        ZonedDateTime start = ZonedDateTime.now(clock).plusDays(4).withHour(16).withMinute(0);

        loginAs(repEmail);
        open("/calendar");
        navigateBy(() -> page.click("main a:has-text('Zaproponuj wydarzenie organizacji')"));
        page.fill("#title", title);
        page.fill("#start", start.toLocalDateTime().toString().substring(0, 16));
        page.fill("#place", "Rynek, Kluczewsko");
        page.fill("#link", "https://fundacja.example/festyn");
        navigateBy(() -> page.click("main form button:has-text('Wyślij do zatwierdzenia')"));
        assertThat(page.locator("main")).containsText("czeka na zatwierdzenie");

        context.clearCookies();
        loginAs(userWithRole(Role.LIAISON_OFFICER, POWIAT));
        open("/calendar/moderation");
        assertThat(page.locator("main")).containsText(title);
        confirmations.clear();
        answerConfirmations = false;
        String article = "main article:has-text('" + title + "')";
        page.locator(article + " textarea[name=reason]").fill("Test");
        page.locator(article + " button:has-text('Odrzuć')").click();
        assertThat(confirmations).containsExactly("Odrzucić tę propozycję?");
        // nothing sent after a dismissed question
        assertThat(page.locator(article)).containsText(title);
        answerConfirmations = true;
        navigateBy(() -> page.locator(article + " button:has-text('Zatwierdź')").click());
        assertThat(page.locator("main .notice")).containsText("Wydarzenie zatwierdzone");
        open("/calendar?view=list&month=" + start.toLocalDate().toString().substring(0, 7));
        assertThat(page.locator("main")).containsText(title);
    }

}
