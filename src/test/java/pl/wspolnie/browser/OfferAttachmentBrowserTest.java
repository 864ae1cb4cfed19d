package pl.wspolnie.browser;

import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import pl.wspolnie.competitions.OfferTestCompetitions;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static pl.wspolnie.shared.time.ClockConfig.WARSAW;

/**
 * Attachments on the offer's page in the browser: a renamed image refused next to the
 * field, a PDF added; axe on each.
 */
class OfferAttachmentBrowserTest extends BrowserTest {

    @Test
    void theOfferorAttachesTheStatuteAfterAWrongFile() {
        // Buttons that cannot be undone ask first (data-confirm): the story answers yes.
        long competitionId = OfferTestCompetitions.publish(loggedIn(userWithRole(Role.OFFICIAL, POWIAT)), jstId(POWIAT),
                "Konkurs z plikami w przeglądarce " + TestOrganizations.word(), LocalDateTime.now(WARSAW).plusDays(30),
                Map.of());
        String email = plainUser();
        organisationRepresentedBy(email, "Fundacja Plikowa " + TestOrganizations.word(), KLUCZEWSKO, true);
        loginAs(email);
        open("/competitions/" + competitionId);
        page.fill("#title", "Haft z załącznikami");
        navigateBy(() -> page.click("main form button:has-text('Rozpocznij ofertę')"));
        assertThat(page.locator("#attachments"))
            .containsText("Brak wymaganych załączników: Statut, Sprawozdanie finansowe");

        byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13 };
        page.selectOption("#attachment-required", "Statut");
        page.setInputFiles("#attachment-file", new FilePayload("statut.pdf", "application/pdf", png));
        navigateBy(() -> page.click("#attachments button:has-text('Dodaj załącznik')"));
        assertThat(page.locator("#attachment-file-error"))
            .containsText("Dozwolone są tylko pliki PDF, JPEG, PNG, ODT i DOCX");
        assertThat(page.locator("#attachment-file")).hasAttribute("aria-invalid", "true");

        byte[] pdf = "%PDF-1.4\n% statut\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
        page.selectOption("#attachment-required", "Statut");
        page.setInputFiles("#attachment-file", new FilePayload("statut.pdf", "application/pdf", pdf));
        navigateBy(() -> page.click("#attachments button:has-text('Dodaj załącznik')"));
        assertThat(page.locator("main .notice")).containsText("Załącznik dodano.");
        assertThat(page.locator("#attachments table")).containsText("statut.pdf");
        assertThat(page.locator("#attachments")).containsText("Brak wymaganych załączników: Sprawozdanie finansowe");
    }

}
