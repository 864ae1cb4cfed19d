package pl.wspolnie.browser;

import org.junit.jupiter.api.Test;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.WebClient;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static pl.wspolnie.shared.time.ClockConfig.WARSAW;

/**
 * The commission's pages in the browser with axe: the official appoints the chair, the
 * chair declares, scores an offer (first with an error), and sees the ranking; the
 * official decides (a changed amount needs a justification) and the results are on the
 * competition's page; the data before it is set up over HTTP.
 */
class CommissionPagesBrowserTest extends BrowserTest {

    @Test
    void officialAppointsAndTheChairDeclaresScoresAndRanks() {
        // Buttons that cannot be undone ask first (data-confirm): the story answers yes.
        CheckedOffer checked = checkedOffer("Konkurs komisyjny " + TestOrganizations.word(),
                "Organizacja Komisyjna " + TestOrganizations.word(), "Oferta do oceny");
        String officialEmail = checked.officialEmail();
        WebClient official = checked.official();
        long competitionId = checked.competitionId();
        long offerId = checked.offerId();
        assertThat(official.get("/competitions/new").body()).isNotEmpty();

        String chair = userWithRole(Role.COMMISSION_MEMBER, POWIAT);
        loginAs(officialEmail);
        open("/competitions/" + competitionId + "/commission");
        page.fill("#email", chair);
        page.check("#chair");
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("main .notice")).containsText("Osoba powołana do komisji konkursowej");
        open("/offers/" + offerId + "/review");

        clock.advance(Duration.ofDays(31));
        context.clearCookies();
        loginAs(chair);
        open("/competitions/" + competitionId);
        open("/competitions/" + competitionId + "/evaluation");
        page.check("#noConflict");
        navigateBy(() -> page.click("main form button[type=submit]"));
        navigateBy(() -> page.click("main table a[href$='/score']"));
        List<Long> criteria = jdbc
            .sql("select id from competition_criterion where competition_id = ? order by position")
            .param(competitionId)
            .query(Long.class)
            .list();
        for (Long id : criteria) {
            page.fill("#points" + id, "9");
            page.fill("#justification" + id, "Dobrze opisane działania.");
        }
        page.fill("#points" + criteria.get(0), "15");
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator(".error-summary")).containsText("od 0 do 10");
        page.fill("#points" + criteria.get(0), "9");
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("main")).containsText("Twoja ocena: 54 pkt");
        open("/competitions/" + competitionId + "/commission");
        open("/competitions/" + competitionId + "/ranking");
        assertThat(page.locator("main table")).containsText("54,00");

        // The chair records the meeting for the protocol: a future date is refused next
        // to the field.
        open("/competitions/" + competitionId + "/commission/meetings");
        LocalDate today = LocalDate.now(clock.withZone(WARSAW));
        page.fill("#heldOn", today.plusDays(1).toString());
        page.fill("#place", "Sala konferencyjna starostwa");
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator(".error-summary")).containsText("nie może być późniejsza niż dzisiaj");
        page.fill("#heldOn", today.toString());
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("main")).containsText("Sala konferencyjna starostwa");

        // The official decides: a lower amount without a justification first.
        context.clearCookies();
        loginAs(officialEmail);
        open("/competitions/" + competitionId + "/decision");
        page.fill("#amount" + offerId, "4000");
        navigateBy(() -> page.click("main form button:has-text('Rozstrzygnij')"));
        assertThat(page.locator("#justification" + offerId)).isVisible();
        assertThat(page.locator(".error-summary")).containsText("Uzasadnij zmianę kwoty");
        page.fill("#justification" + offerId, "Zakup materiałów w mniejszej skali.");
        navigateBy(() -> page.click("main form button:has-text('Rozstrzygnij')"));
        assertThat(page.locator("main")).containsText("Wyniki konkursu");
        assertThat(page.locator("main")).containsText("4\u00a0000,00 zł");
    }

}
