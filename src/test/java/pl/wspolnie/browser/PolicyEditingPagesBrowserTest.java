package pl.wspolnie.browser;

import org.junit.jupiter.api.Test;
import pl.wspolnie.consultations.ConsultationFixtures;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.WebClient;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import java.nio.charset.StandardCharsets;

/**
 * The pages that correct or remove what used to be only addable, axe on each (and on
 * their error states): a consultation meeting, a council member (ending refused by the ≥
 * 50 % NGO rule), a request for opinion, a programme task (bad amount) and indicator.
 */
class PolicyEditingPagesBrowserTest extends BrowserTest {

    private static final String RADKOW = "2613042";

    @Test
    void editingPagesPassAxeWithTheirErrors() {
        LocalDate today = LocalDate.now(clock);
        String w = TestOrganizations.word();
        // consultation meeting (powiat)
        String powiatOfficial = userWithRole(Role.OFFICIAL, POWIAT);
        WebClient api = loggedIn(powiatOfficial);
        long consultation = ConsultationFixtures.publish(api, ConsultationFixtures.form(jstId(POWIAT),
                "Konsultacje " + w, today, today.plusDays(13), "EVERYONE", ConsultationFixtures.DRAFT));
        String base = "/consultations/" + consultation;
        api.submit(base + "/meetings/new", base + "/meetings/new", Map.of("startsAt", today.plusDays(3) + "T17:00",
                "place", "Sala sesyjna", "onlineLink", "", "minutes", ""));
        api.postMultipart(base + "/attachments/new", Map.of("meetingId", ""),
                Map.of("file",
                        new WebClient.FilePart("Załącznik.pdf", "application/pdf",
                                "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII))),
                api.get(base + "/attachments/new").csrf());
        long planned = ConsultationFixtures.publish(api, ConsultationFixtures.form(jstId(POWIAT), "Ankieta " + w,
                today.plusDays(5), today.plusDays(20), "EVERYONE", ConsultationFixtures.DRAFT));
        String questions = ConsultationFixtures.openSurveyBuilder(api, planned);
        ConsultationFixtures.addSurveyQuestion(api, questions,
                ConsultationFixtures.surveyQuestion("SINGLE", "Czy program jest czytelny?", true, "Tak\nNie"));
        // programme with a task and an indicator (powiat)
        Map<String, String> f = new LinkedHashMap<>();
        f.put("jstId", "" + jstId(POWIAT));
        f.put("title", "Program " + w);
        f.put("yearFrom", "" + (today.getYear() + 1));
        f.put("yearTo", "" + (today.getYear() + 1));
        for (String k : List.of("goals", "principles", "scope", "forms", "period", "implementation", "funds",
                "evaluation", "creation", "commissions")) {
            f.put(k, "Treść części " + k + ".");
        }
        String programme = URI.create(api.submit("/programmes/new", "/programmes/new", f).location()).getRawPath();
        String token = api.get(programme).csrf();
        api.post(programme + "/tasks", Map.of("sphereCode", "kultura", "description", "Festyn", "plannedFunds", "100"),
                token);
        api.post(programme + "/indicators", Map.of("name", "Liczba festynów", "target", "1"), token);
        // council in Radków: 1 NGO + 1 JST member, one request for opinion
        String radkowOfficial = userWithRole(Role.OFFICIAL, RADKOW);
        WebClient radkow = loggedIn(radkowOfficial);
        String council = "/council/" + jstId(RADKOW);
        radkow.submit(council + "/composition", council + "/composition", Map.of("startsOn", "2027-01-01", "ngoMembers",
                "Anna Społeczna " + w, "jstMembers", "Jan Urzędowy " + w));
        radkow.submit(council + "/opinions/new", council + "/opinions/new", Map.of("subject", "Projekt uchwały " + w));
        radkow.submit(council + "/meetings/new", council + "/meetings/new", Map.of("startsAt", "2027-03-10T16:00",
                "place", "Sala narad", "agenda", "Opinia o programie", "minutes", ""));

        loginAs(powiatOfficial);
        open(base);
        navigateBy(() -> page.click("main a[href$='/edit'][href*='/meetings/']"));
        page.fill("#startsAt", "");
        navigateBy(() -> page.click("main form[action$='/edit'] button[type=submit]"));
        assertThat(page.locator("#error-summary")).isVisible();
        open(base + "/attachments/new");
        navigateBy(() -> page.click("main form[action$='/delete'] button[type=submit]"));
        assertThat(page.locator("main")).containsText("Plik został usunięty.");
        open(questions);
        navigateBy(() -> page.click("main a[href*='/questions/'][href$='/edit']"));
        page.fill("#options", "Tak");
        navigateBy(() -> page.click("main form[action$='/edit'] button[type=submit]"), 422);
        assertThat(page.locator("#error-summary")).isVisible();
        open(programme);
        navigateBy(() -> page.click("main a[href*='/tasks/'][href$='/edit']"));
        page.fill("#plannedFunds", "-1");
        navigateBy(() -> page.click("main form[action$='/edit'] button[type=submit]"), 422);
        assertThat(page.locator("#plannedFunds-error")).isVisible();
        open(programme);
        navigateBy(() -> page.click("main a[href*='/indicators/'][href$='/edit']"));
        navigateBy(() -> page.click("main form[action$='/delete'] button[type=submit]"));
        assertThat(page.locator("main")).not().containsText("Liczba festynów");
        page.context().clearCookies();

        loginAs(radkowOfficial);
        open(council);
        navigateBy(() -> page.click("main a[href*='/members/'][href$='/edit']"));
        navigateBy(() -> page.click("main form[action$='/end'] button[type=submit]"), 409);
        assertThat(page.locator("main")).containsText("mniej niż połowa");
        open(council);
        navigateBy(() -> page.click("main a[href*='/opinions/'][href$='/edit']"));
        navigateBy(() -> page.click("main form[action$='/withdraw'] button[type=submit]"));
        assertThat(page.locator("main")).containsText("Wniosek wycofany");
        open(council);
        navigateBy(() -> page.click("main a[href*='/meetings/'][href$='/edit']"));
        page.fill("#agenda", "");
        navigateBy(() -> page.click("main form[action$='/edit'] button[type=submit]"), 422);
        assertThat(page.locator("#error-summary")).isVisible();
    }

}
