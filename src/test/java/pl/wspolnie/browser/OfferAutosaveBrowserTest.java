package pl.wspolnie.browser;

import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;
import pl.wspolnie.competitions.OfferTestCompetitions;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.WebClient;

import java.time.LocalDateTime;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static pl.wspolnie.shared.time.ClockConfig.WARSAW;

/**
 * Autosave of the offer form in the browser: the offeror types, the status "Zapisano o …"
 * appears in the live region without pressing any button, and after the browser is closed
 * (a new page, logged in again) the text is there.
 */
class OfferAutosaveBrowserTest extends BrowserTest {

    @Test
    void whatTheOfferorTypesSurvivesAClosedBrowser() {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        long competitionId = OfferTestCompetitions.publish(official, jstId(POWIAT),
                "Konkurs z autozapisem w przeglądarce " + TestOrganizations.word(),
                LocalDateTime.now(WARSAW).plusDays(30), Map.of());

        String email = plainUser();
        organisationRepresentedBy(email, "Fundacja Autozapisu " + TestOrganizations.word(), KLUCZEWSKO, true);
        loginAs(email);
        open("/competitions/" + competitionId);
        page.fill("#title", "Haft zapisywany sam");
        navigateBy(() -> page.click("main form button:has-text('Rozpocznij ofertę')"));
        String offerPath = localPath(page.url());

        // No button is pressed: the form saves itself a moment after the typing stops or
        // a field is left.
        page.fill("#summary", "Warsztaty haftu dla seniorów – żółć");
        page.fill("#contactPerson", "Łucja Żółkiewska");
        assertThat(page.locator("#autosave-status")).containsText("Zapisano o",
                new LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
        assertThat(page.locator("#autosave-status")).hasAttribute("aria-live", "polite");
        checkAxe();
        // A second autosave goes through too (the first one's answer updated the draft's
        // version in the form).
        page.waitForResponse(r -> r.url().endsWith("/autosave") && r.status() == 200,
                () -> page.fill("#experience", "Od 2015 r. prowadzimy świetlicę."));
        assertThat(page.locator("#autosave-status")).containsText("Zapisano o");

        // The browser is closed: a new page, the session gone, logged in again.
        page.close();
        context.clearCookies();
        page = context.newPage();
        loginAs(email);
        open(offerPath);
        assertThat(page.locator("#summary")).hasValue("Warsztaty haftu dla seniorów – żółć");
        assertThat(page.locator("#contactPerson")).hasValue("Łucja Żółkiewska");
        assertThat(page.locator("#experience")).hasValue("Od 2015 r. prowadzimy świetlicę.");
    }

}
