package pl.wspolnie.browser;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.organizations.OrganizationSeeding;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import java.time.LocalDate;

/**
 * The consultation of a draft in the browser, axe on every page: the official publishes
 * it (after a form with errors), an NGO representative and a resident remark on
 * paragraphs, the official answers every remark after the end, asks the council for an
 * opinion, publishes version 2 and closes with the report.
 */
class ConsultationJourneyTest extends BrowserTest {

    @Autowired
    OrganizationSeeding seeding;

    private static final String DRAFT = """
            Rozdział 1. Cele programu
            § 1. Celem programu jest rozwój współpracy z organizacjami.
            § 2. Program obowiązuje w roku 2027.
            Rozdział 2. Zadania priorytetowe
            § 3. Priorytetem jest sport dzieci i młodzieży.""";

    private void logout() {
        followWithoutChecks(() -> page.click("form[action='/logout'] button"));
    }

    @Test
    void officialPublishesParticipantsRemarkOfficialAnswersAndReports() {
        String official = userWithRole(Role.OFFICIAL, POWIAT);
        String ngoEmail = uniqueEmail("ngo-browser");
        long ngoUser = provisioning.ensureConfirmedUser(ngoEmail, "Natalia Przeglądarkowa", DEMO_PASSWORD);
        String orgName = "Stowarzyszenie Przeglądarkowe " + TestOrganizations.word();
        long orgId = seeding.ensure(TestOrganizations.details(orgName, jstId(KLUCZEWSKO), List.of("kultura"), null),
                ngoUser, true, true);
        String resident = userWithRole(Role.RESIDENT, KLUCZEWSKO);
        String subject = "Program współpracy na 2027 " + TestOrganizations.word();

        loginAs(official);
        open("/consultations");
        navigateBy(() -> page.click("main a[href='/consultations/new']"));
        page.fill("#subject", "");
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("#error-summary")).isVisible();
        page.fill("#subject", subject);
        page.fill("#legalBasis", "art. 5a ust. 1 ustawy o działalności pożytku publicznego i o wolontariacie");
        page.check("#participation3");
        page.check("#sphere-kultura");
        page.fill("#announcedIn", "BIP Starostwa");
        page.fill("#responsiblePerson", "Jan Urzędnik");
        page.fill("#draft", DRAFT);
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("main h1")).hasText(subject);
        assertThat(page.locator("main .notice").first()).hasText("Konsultacje zostały opublikowane.");
        Matcher m = Pattern.compile("/consultations/(\\d+)").matcher(page.url());
        assertThat(m.find()).isTrue();
        long id = Long.parseLong(m.group(1));
        List<String> items = page.locator(".draft-row")
            .all()
            .stream()
            .map(l -> l.getAttribute("id").substring(5))
            .toList();
        assertThat(items).hasSize(3);
        logout();

        loginAs(ngoEmail);
        open("/consultations/" + id);
        navigateBy(() -> page.click("#item-" + items.get(1) + " a"));
        page.selectOption("#organizationId", String.valueOf(orgId));
        page.fill("#proposal", "§ 2. Program obowiązuje w latach 2027–2028.");
        page.fill("#justification", "Dłuższa perspektywa <b>planowania</b>.");
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("#item-" + items.get(1) + " .draft-remarks")).containsText(orgName);
        assertThat(page.locator("#item-" + items.get(1) + " .draft-remarks")).containsText("<b>planowania</b>");
        logout();

        loginAs(resident);
        open("/consultations/" + id + "/remarks/new?item=" + items.get(2));
        // empty: the error state
        navigateBy(() -> page.click("main form button[type=submit]"));
        page.fill("#proposal", "Dodać zajęcia dla seniorów.");
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("#item-" + items.get(2) + " .draft-remarks"))
            .containsText("Dodać zajęcia dla seniorów.");
        logout();

        clock.advance(Duration.ofDays(14));
        loginAs(official);
        open("/consultations/" + id);
        navigateBy(() -> page.click("main a[href$='/answers']"));
        page.locator("input[name=remarkIds]").first().check();
        page.check("#decision1");
        page.fill("#justification", "Program obejmie lata 2027–2028.");
        navigateBy(() -> page.click("main form[action$='/answers'] button[type=submit]"));
        assertThat(page.locator("main")).containsText("Uwagi bez odpowiedzi: 1");
        page.locator("input[name=remarkIds]").last().check();
        page.check("#decision4");
        page.fill("#justification", "Dotyczy innego programu.");
        navigateBy(() -> page.click("main form[action$='/answers'] button[type=submit]"));
        assertThat(page.locator("main")).containsText("Uwagi bez odpowiedzi: 0");

        open("/council/" + jstId(POWIAT) + "/opinions/new?consultation=" + id);
        page.fill("#subject", "Opinia o projekcie programu");
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("main")).containsText("Opinia o projekcie programu");

        open("/consultations/" + id + "/versions/new");
        page.fill("#draft", DRAFT.replace("w roku 2027.", "w latach 2027–2028."));
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("main table")).containsText("w latach 2027–2028.");
        assertThat(page.locator("main table")).containsText(orgName);

        open("/consultations/" + id + "/answers");
        page.fill("#conclusions", "Projekt zmieniono w § 2 zgodnie z uwagą organizacji.");
        navigateBy(() -> page.click("main form[action$='/close'] button[type=submit]"));
        assertThat(page.locator("main h1")).containsText("Raport z konsultacji");
        assertThat(page.locator("main")).containsText("Dotyczy innego programu.");
        assertThat(page.locator("main")).containsText("Projekt zmieniono w § 2");
        open("/consultations/" + id + "?version=2");
        open("/consultations/" + id + "/meetings/new");
        open("/consultations/" + id + "/remarks/paper", 200);
        open("/council/" + jstId(POWIAT) + "/composition");
        open("/council/" + jstId(POWIAT) + "/meetings/new");
        logout();
        open("/consultations/" + id + "/report");
        open("/consultations/" + id);
    }

    @Test
    void programmeEditorReportAndDirectionsPassAxe() {
        String official = userWithRole(Role.OFFICIAL, SECEMIN);
        loginAs(official);
        open("/programmes");
        navigateBy(() -> page.click("main a[href='/programmes/new']"));
        assertThat(page.locator("#principles")).containsText("pomocniczości");
        // empty title and parts: the error state
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("#error-summary")).isVisible();
        String title = "Program współpracy Gminy Secemin " + TestOrganizations.word();
        page.fill("#title", title);
        for (String part : List.of("goals", "scope", "forms", "period", "implementation", "funds", "evaluation",
                "creation", "commissions")) {
            page.fill("#" + part, "Treść: " + part);
        }
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("main h1")).hasText(title);
        page.selectOption("#sphereCode", "seniorzy");
        page.fill("#description", "Klub seniora");
        page.fill("#plannedFunds", "-10");
        navigateBy(() -> page.click("main form[action$='/tasks'] button[type=submit]"));
        assertThat(page.locator("#plannedFunds-error")).isVisible();
        page.fill("#plannedFunds", "15 000,00");
        navigateBy(() -> page.click("main form[action$='/tasks'] button[type=submit]"));
        page.fill("#resolutionNumber", "XV/120/2026");
        // not consulted yet: adoption is refused (art. 5a ust. 1), the page with the
        // reason passes axe
        navigateBy(() -> page.click("main form[action$='/adopt'] button[type=submit]"), 409);
        assertThat(page.locator(".notice.warning[role=alert]")).containsText("najpierw skieruj projekt do konsultacji");
        int year = LocalDate.now(clock).getYear();
        open("/programmes/reports/" + jstId(SECEMIN) + "/" + year);
        open("/programmes/directions");
        page.fill("#description", "Festyn rodzinny");
        page.selectOption("#sphereCode", "kultura");
        page.selectOption("#jstId", String.valueOf(jstId(SECEMIN)));
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("main")).containsText("Festyn rodzinny");
    }

}
