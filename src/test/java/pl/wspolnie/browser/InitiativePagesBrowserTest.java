package pl.wspolnie.browser;

import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.initiatives.domain.InitiativeDetails;
import pl.wspolnie.initiatives.domain.Initiatives;
import pl.wspolnie.initiatives.domain.Intake;
import pl.wspolnie.initiatives.domain.Resolutions;
import pl.wspolnie.initiatives.domain.SettingsDetails;
import pl.wspolnie.shared.security.Role;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Local initiatives as an official and residents click through them, axe on every page
 * and on the forms shown again with their errors: the resolution's settings, the
 * application form, the application's page, the score sheet, the public list.
 */
class InitiativePagesBrowserTest extends BrowserTest {

    private static final String KRASOCIN = "2613022";

    @Autowired
    Resolutions resolutions;

    @Autowired
    Initiatives initiatives;

    @Test
    void initiativePagesPassAxeWithTheirErrors() {
        long jst = jstId(KRASOCIN);
        resolutions.seed(jst,
                new SettingsDetails("Uchwała testowa", 3, Intake.ALL_YEAR,
                        List.of(new SettingsDetails.CriterionInput("Wkład mieszkańców", 60, 10),
                                new SettingsDetails.CriterionInput("Celowość", 40, 10)),
                        List.of()),
                new Resolutions.RateInput(LocalDate.of(2019, 1, 1), "25", "Zarządzenie testowe"));
        long lead = provisioning.ensureConfirmedUser(uniqueEmail("lead"), "Lider Testowy", DEMO_PASSWORD);
        long co1 = provisioning.ensureConfirmedUser(uniqueEmail("co"), "Sąsiad A", DEMO_PASSWORD);
        long co2 = provisioning.ensureConfirmedUser(uniqueEmail("co"), "Sąsiad B", DEMO_PASSWORD);
        long submitted = initiatives.seed(jst, lead, List.of(co1, co2), new InitiativeDetails("Ławki przy stawie",
                "COMMUNITY", "Ławki.", "Staw", "Maj.", LocalDate.of(2031, 5, 1), LocalDate.of(2031, 5, 31),
                List.of(new InitiativeDetails.RequestInput("MATERIAL", "Deski", "1000")), "20", "Montaż", "", "", ""));

        // the official: the settings with an error, the score sheet with an error
        loginAs(userWithRole(Role.OFFICIAL, KRASOCIN));
        open("/initiatives/settings/" + jst);
        page.fill("[id='criteria0.weight']", "10");
        navigateBy(() -> page.click("main form button[type=submit] >> nth=0"));
        assertThat(page.locator("#error-summary")).containsText("sumują się do 50%");
        open("/initiatives/" + submitted + "/score");
        page.fill("[id='points0']", "99");
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("#error-summary")).containsText("Przyznaj od 0 do 10 punktów.");
        page.fill("[id='points0']", "9");
        page.fill("[id='points1']", "7");
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("main")).containsText("82,00");

        // a resident: the application form with its errors, the draft's page, the public
        // list
        context.clearCookies();
        loginAs(userWithRole(Role.RESIDENT, KRASOCIN));
        open("/initiatives");
        open("/initiatives/jst/" + jst + "/new");
        page.fill("#title", "");
        page.fill("#inKindValue", "abc");
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("#error-summary")).containsText("Tytuł inicjatywy");
        page.fill("#title", "Zielony skwer");
        page.selectOption("#area", "NATURE");
        page.fill("#inKindValue", "");
        page.selectOption("[id='requests0.kind']", "MATERIAL");
        page.fill("[id='requests0.description']", "Sadzonki");
        page.fill("[id='requests0.value']", "800");
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("main")).containsText("Wniosek został zapisany.");
        navigateBy(() -> page.click("main form[action$='/submit'] button"));
        assertThat(page.locator("#error-summary")).containsText("Opis inicjatywy");
        context.clearCookies();
        open("/initiatives/jst/" + jst);
        assertThat(page.locator("main")).containsText("Ławki przy stawie");
        open("/initiatives/" + submitted);

        // the demo's accepted initiative: its ledger, a photo refused at its field
        long accepted = jdbc.sql("select id from initiative where title = ?")
            .param("Plac zabaw i zieleń przy świetlicy w Bobrownikach")
            .query(Long.class)
            .single();
        loginAs("mieszkaniec@wspolnie.demo");
        open("/initiatives/" + accepted + "/ledger");
        page.setInputFiles("#photo",
                new FilePayload("plac.png", "image/png", "nie obraz".getBytes(StandardCharsets.UTF_8)));
        page.fill("#altText", "Nowa huśtawka");
        navigateBy(() -> page.click("main form[action$='/photos'] button[type=submit]"));
        assertThat(page.locator("#photo-error")).containsText("JPG lub PNG");
        assertThat(page.locator("#altText")).hasValue("Nowa huśtawka");
    }

}
