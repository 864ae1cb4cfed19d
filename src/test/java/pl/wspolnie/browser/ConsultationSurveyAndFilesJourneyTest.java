package pl.wspolnie.browser;

import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The official attaches a file (after a refused SVG) and builds a survey (after a
 * question with too few choices); a resident answers it (after missing a required choice)
 * and sees "your remarks" on the page; axe on every page.
 */
class ConsultationSurveyAndFilesJourneyTest extends BrowserTest {

    @Test
    void officialAddsFileAndSurveyResidentAnswers() {
        String official = userWithRole(Role.OFFICIAL, POWIAT);
        String resident = userWithRole(Role.RESIDENT, KLUCZEWSKO);
        String subject = "Konsultacje z ankietą w przeglądarce " + TestOrganizations.word();
        loginAs(official);
        open("/consultations/new");
        page.fill("#subject", subject);
        page.fill("#legalBasis", "art. 5a ust. 1 ustawy");
        page.check("#participation3");
        page.fill("#responsiblePerson", "Jan Urzędnik");
        page.fill("#draft", "§ 1. Program określa cele.\n§ 2. Program obowiązuje w roku 2027.");
        navigateBy(() -> page.click("main form button[type=submit]"));
        Matcher m = Pattern.compile("/consultations/(\\d+)").matcher(page.url());
        assertThat(m.find()).isTrue();
        long id = Long.parseLong(m.group(1));

        navigateBy(() -> page.click("main a[href='/consultations/" + id + "/attachments/new']"));
        page.setInputFiles("#file", new FilePayload("rysunek.svg", "image/svg+xml",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8)));
        navigateBy(() -> page.click("main form button[type=submit]"), 422);
        assertThat(page.locator("#error-summary")).containsText("Dozwolone są tylko pliki PDF, ODT i DOCX");
        page.setInputFiles("#file", new FilePayload("Uzasadnienie.pdf", "application/pdf",
                "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("main ul.attachments")).containsText("Uzasadnienie.pdf (PDF, 1 kB)");

        open("/consultations/" + id);
        navigateBy(() -> page.click("main form[action='/consultations/" + id + "/survey'] button"));
        String builder = page.url().replaceAll("^https?://[^/]+", "");
        assertThat(builder).matches("/diagnosis/surveys/\\d+");
        navigateBy(() -> page.click("main a[href='" + builder + "/questions/new']"));
        page.selectOption("#kind", "SINGLE");
        page.fill("#text", "Czy program jest czytelny?");
        page.fill("#options", "Tak");
        navigateBy(() -> page.click("main form button[type=submit]"), 422);
        assertThat(page.locator("#error-summary")).containsText("co najmniej dwóch odpowiedzi");
        page.fill("#options", "Tak\nNie");
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("main ol")).containsText("Czy program jest czytelny?");
        followWithoutChecks(() -> page.click("form[action='/logout'] button"));

        loginAs(resident);
        open("/consultations/" + id);
        navigateBy(() -> page.click("main a[href='" + builder + "/answer']"));
        navigateBy(() -> page.click("main form button[value=submit]"), 422);
        assertThat(page.locator("#error-summary")).containsText("Odpowiedz na to pytanie.");
        page.locator("main fieldset input[type=radio]").first().check();
        navigateBy(() -> page.click("main form button[value=submit]"));
        assertThat(page.url()).endsWith("/consultations/" + id);
        assertThat(page.locator("main .notice").first()).hasText("Dziękujemy, odpowiedź została zapisana.");

        navigateBy(() -> page.click("main a[href='/consultations/" + id + "/remarks/new']"));
        page.fill("#proposal", "Uwaga z przeglądarki.");
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("main .my-remarks")).containsText("Popraw swoją uwagę do: Cały projekt");
    }

}
