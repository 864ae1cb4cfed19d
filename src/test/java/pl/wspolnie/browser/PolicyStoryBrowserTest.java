package pl.wspolnie.browser;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.organizations.OrganizationSeeding;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.shared.time.ClockConfig;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4's whole story in the browser, axe on every page: the official writes the
 * cooperation programme for year Y and sends it to consultation; an NGO and a resident
 * remark on paragraphs; the council gives its opinion on one request while another lapses
 * without one; the official answers every remark (one accepted changes a paragraph),
 * publishes version 2, closes the consultation with its report; the programme is adopted;
 * in year Y + 1 the programme report for Y is written and published.
 */
class PolicyStoryBrowserTest extends BrowserTest {

    @Autowired
    OrganizationSeeding seeding;

    private void logout() {
        followWithoutChecks(() -> page.click("form[action='/logout'] button"));
    }

    private void moveClockTo(ZonedDateTime when) {
        clock.advance(Duration.between(clock.instant(), when.toInstant()));
    }

    private static long idFrom(String url, String prefix) {
        Matcher m = Pattern.compile(Pattern.quote(prefix) + "(\\d+)").matcher(url);
        assertThat(m.find()).as("%s in %s", prefix, url).isTrue();
        return Long.parseLong(m.group(1));
    }

    private String pdfText(String path) throws IOException {
        APIResponse response = page.request().get(path);
        assertThat(response.status()).as("status of %s", path).isEqualTo(200);
        assertThat(response.headers().get("content-type")).isEqualTo("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    @Test
    void programmeFromDraftThroughConsultationCouncilAndAdoptionToTheYearReport() throws IOException {
        // 1 October of next year: the programme for the year after (Y) is drafted and
        // consulted in autumn.
        int y = LocalDate.now(clock).getYear() + 2;
        moveClockTo(LocalDate.of(y - 1, 10, 1).atTime(10, 0).atZone(ClockConfig.WARSAW));
        long jst = jstId(KLUCZEWSKO);
        String official = userWithRole(Role.OFFICIAL, KLUCZEWSKO);
        String councilMember = userWithRole(Role.COUNCIL_MEMBER, KLUCZEWSKO);
        String resident = userWithRole(Role.RESIDENT, KLUCZEWSKO);
        String ngoEmail = uniqueEmail("ngo-policy");
        long ngoUser = provisioning.ensureConfirmedUser(ngoEmail, "Zofia Łęcka", DEMO_PASSWORD);
        String orgName = "Stowarzyszenie Seniorów Źródło " + TestOrganizations.word();
        long orgId = seeding.ensure(TestOrganizations.details(orgName, jst, List.of("seniorzy"), null), ngoUser, true,
                true);
        String title = "Program współpracy Gminy Kluczewsko na " + y + " r. " + TestOrganizations.word();

        // ---- the official writes the draft (after a form with errors) and sends it to
        // consultation ----
        loginAs(official);
        open("/programmes");
        navigateBy(() -> page.click("main a[href='/programmes/new']"));
        assertThat(page.locator("#yearFrom")).hasValue(String.valueOf(y));
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("#error-summary")).isVisible();
        page.fill("#title", title);
        for (String part : List.of("goals", "scope", "forms", "period", "implementation", "funds", "evaluation",
                "creation", "commissions")) {
            page.fill("#" + part, "Część „" + part + "” programu współpracy.");
        }
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("main h1")).hasText(title);
        long programmeId = idFrom(page.url(), "/programmes/");
        page.selectOption("#sphereCode", "seniorzy");
        page.fill("#description", "Klub seniora w Kluczewsku");
        page.fill("#plannedFunds", "12 500,00");
        navigateBy(() -> page.click("main form[action$='/tasks'] button[type=submit]"));
        assertThat(page.locator("main table")).containsText("12 500,00 zł");
        page.fill("#name", "Liczba uczestników klubu seniora");
        page.fill("#target", "co najmniej 40 osób");
        navigateBy(() -> page.click("main form[action$='/indicators'] button[type=submit]"));
        assertThat(page.locator("main")).containsText("Liczba uczestników klubu seniora");
        page.fill("#responsible", "Jan Urzędnik");
        page.check("#residentsToo");
        navigateBy(() -> page.click("main form[action$='/consultation'] button[type=submit]"));
        assertThat(page.locator("main .notice").first()).hasText("Konsultacje projektu programu zostały ogłoszone.");
        // the first request for the council's opinion, from the programme page
        navigateBy(() -> page.click("main form[action$='/council'] button[type=submit]"));
        assertThat(page.locator("main .notice").first()).hasText("Wniosek o opinię rady został wysłany.");
        navigateBy(() -> page.click("main dl a[href^='/consultations/']"));
        long consultationId = idFrom(page.url(), "/consultations/");
        assertThat(page.locator("main h1")).hasText(title);
        List<String> items = page.locator(".draft-row")
            .all()
            .stream()
            .map(l -> l.getAttribute("id").substring(5))
            .toList();
        String goalsItem = items.get(0);
        String taskItem = page.locator(".draft-row")
            .filter(new Locator.FilterOptions().setHasText("Klub seniora w Kluczewsku"))
            .getAttribute("id")
            .substring(5);
        assertThat(page.locator("#item-" + taskItem)).containsText("12 500,00 zł");
        // the second request, from the consultation page through the council's form
        String secondSubject = "Opinia o projekcie programu – druga prośba " + TestOrganizations.word();
        navigateBy(() -> page.click("main nav a[href^='/council/']"));
        page.fill("#subject", secondSubject);
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("main")).containsText(secondSubject);
        logout();

        // ---- an NGO remarks on the task on behalf of its organisation, a resident on
        // the goals ----
        loginAs(ngoEmail);
        open("/consultations/" + consultationId);
        navigateBy(() -> page.click("#item-" + taskItem + " a"));
        page.selectOption("#organizationId", String.valueOf(orgId));
        page.fill("#proposal", "Zwiększyć kwotę na klub seniora do 15 000 zł.");
        page.fill("#justification", "Więcej chętnych niż miejsc.");
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("#item-" + taskItem + " .draft-remarks")).containsText(orgName);
        logout();

        loginAs(resident);
        open("/consultations/" + consultationId);
        navigateBy(() -> page.click("#item-" + goalsItem + " a"));
        page.fill("#proposal", "Dopisać cel: wolontariat młodzieży.");
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("#item-" + goalsItem + " .draft-remarks"))
            .containsText("Dopisać cel: wolontariat młodzieży.");
        logout();

        // ---- a council member gives the opinion on the first request ----
        loginAs(councilMember);
        open("/council/" + jst);
        Locator first = page.locator("div[id^=opinion-]").filter(new Locator.FilterOptions().setHasText(title));
        String firstId = first.getAttribute("id");
        page.fill("#" + firstId + " textarea", "Rada pozytywnie opiniuje projekt, zaleca zwiększenie środków.");
        navigateBy(() -> page.click("#" + firstId + " button[type=submit]"));
        assertThat(page.locator("#" + firstId)).containsText("Rada pozytywnie opiniuje projekt");
        logout();

        // ---- 15 days later: the consultation ended and the second request lapsed ----
        clock.advance(Duration.ofDays(15));
        open("/consultations/" + consultationId);
        Locator opinions = page.locator("main section[aria-labelledby=opinions-title]");
        assertThat(opinions).containsText("Rada pozytywnie opiniuje projekt, zaleca zwiększenie środków.");
        assertThat(opinions.locator(".remark").filter(new Locator.FilterOptions().setHasText(secondSubject)))
            .containsText("Rada nie wydała opinii w terminie.");

        // ---- the official answers every remark, publishes version 2, closes with the
        // report ----
        loginAs(official);
        open("/programmes/" + programmeId);
        Locator programmeOpinions = page.locator("main section[aria-labelledby=opinions-title]");
        assertThat(programmeOpinions).containsText("Rada pozytywnie opiniuje projekt");
        assertThat(programmeOpinions.locator(".remark").filter(new Locator.FilterOptions().setHasText(secondSubject)))
            .containsText("Rada nie wydała opinii w terminie.");
        // the adoption gate (art. 5a ust. 1): not before the consultation is closed with
        // its report
        page.fill("#resolutionNumber", "XII/85/" + (y - 1));
        page.fill("#resolutionDate", LocalDate.now(clock).toString());
        navigateBy(() -> page.click("main form[action$='/adopt'] button[type=submit]"), 409);
        assertThat(page.locator(".notice.warning[role=alert]"))
            .containsText("Konsultacje projektu programu nie są jeszcze zamknięte");
        assertThat(page.locator("main dl")).not().containsText("Uchwała nr");
        open("/consultations/" + consultationId);
        navigateBy(() -> page.click("main a[href$='/answers']"));
        assertThat(page.locator("main")).containsText("Uwagi bez odpowiedzi: 2");
        page.locator("#remarkIds tbody tr")
            .filter(new Locator.FilterOptions().setHasText(orgName))
            .locator("input[name=remarkIds]")
            .check();
        page.check("#decision1");
        page.fill("#justification", "Kwota zostanie zwiększona do 15 000 zł.");
        navigateBy(() -> page.click("main form[action$='/answers'] button[type=submit]"));
        assertThat(page.locator("main")).containsText("Uwagi bez odpowiedzi: 1");
        page.locator("#remarkIds tbody tr")
            .filter(new Locator.FilterOptions().setHasText("wolontariat młodzieży"))
            .locator("input[name=remarkIds]")
            .check();
        page.check("#decision3");
        page.fill("#justification", "Wolontariat obejmuje już część „scope”.");
        navigateBy(() -> page.click("main form[action$='/answers'] button[type=submit]"));
        assertThat(page.locator("main")).containsText("Uwagi bez odpowiedzi: 0");

        navigateBy(() -> page.click("main a[href$='/versions/new']"));
        String previous = page.inputValue("#draft");
        assertThat(previous).contains("12\u00a0500,00 zł");
        page.fill("#draft", previous.replace("12\u00a0500,00 zł", "15\u00a0000,00 zł"));
        navigateBy(() -> page.click("main form button[type=submit]"));
        Locator changed = page.locator("main table tbody tr")
            .filter(new Locator.FilterOptions().setHasText("15 000,00 zł"));
        assertThat(changed).containsText("12 500,00 zł");
        assertThat(changed).containsText(orgName);
        assertThat(page.locator("main table tbody tr").filter(new Locator.FilterOptions().setHasText(orgName)))
            .hasCount(1);

        open("/consultations/" + consultationId + "/answers");
        page.fill("#conclusions", "Zwiększono środki na klub seniora zgodnie z uwagą organizacji.");
        navigateBy(() -> page.click("main form[action$='/close'] button[type=submit]"));
        assertThat(page.locator("main h1")).containsText("Raport z konsultacji");
        assertThat(page.locator("main")).containsText("Wolontariat obejmuje już część „scope”.");
        assertThat(page.locator("main")).containsText("Rada pozytywnie opiniuje projekt");
        String reportPdf = pdfText("/consultations/" + consultationId + "/report.pdf");
        assertThat(reportPdf).contains("Raport z konsultacji")
            .contains(orgName)
            .contains("Zwiększono środki na klub seniora zgodnie z uwagą organizacji.")
            .contains("Kwota zostanie zwiększona do 15 000 zł.");

        // ---- adoption: a resolution from the future is refused, today's is accepted
        // ----
        open("/programmes/" + programmeId);
        page.fill("#resolutionNumber", "XII/85/" + (y - 1));
        page.fill("#resolutionDate", LocalDate.now(clock).plusDays(1).toString());
        navigateBy(() -> page.click("main form[action$='/adopt'] button[type=submit]"));
        assertThat(page.locator("#error-summary")).containsText("Data uchwały nie może być z przyszłości.");
        page.fill("#resolutionDate", LocalDate.now(clock).toString());
        navigateBy(() -> page.click("main form[action$='/adopt'] button[type=submit]"));
        logout();
        open("/programmes/" + programmeId);
        assertThat(page.locator("main dl")).containsText("Uchwała nr XII/85/" + (y - 1));
        open("/consultations/" + consultationId + "/report");
        open("/programmes");
        assertThat(page.locator("main")).containsText(title);

        // ---- in year Y + 1 the official writes and publishes the programme report for Y
        // ----
        moveClockTo(LocalDate.of(y + 1, 1, 15).atTime(9, 0).atZone(ClockConfig.WARSAW));
        loginAs(official);
        open("/programmes");
        navigateBy(() -> page.click("main a[href='/programmes/reports/" + jst + "/" + y + "']"));
        assertThat(page.locator("main")).containsText(title + " (XII/85/" + (y - 1) + ")");
        page.fill("#narrative", "Zadania zrealizowano z udziałem organizacji – klub seniora działał przez cały rok.");
        page.check("#publish");
        navigateBy(() -> page.click("main form button[type=submit]"));
        logout();
        open("/programmes/reports/" + jst + "/" + y);
        assertThat(page.locator("main")).containsText("klub seniora działał przez cały rok");
        assertThat(page.locator("main")).containsText(title);
        String yearPdf = pdfText("/programmes/reports/" + jst + "/" + y + "/pdf");
        assertThat(yearPdf).contains("Sprawozdanie z realizacji programu współpracy – Gmina Kluczewsko, " + y + " r.")
            .contains("Zadania zrealizowano z udziałem organizacji – klub seniora działał przez cały rok.")
            .contains("XII/85/" + (y - 1));
    }

}
