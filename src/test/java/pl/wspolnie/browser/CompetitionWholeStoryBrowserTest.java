package pl.wspolnie.browser;

import com.microsoft.playwright.APIResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import pl.wspolnie.competitions.CompetitionFixtures;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static pl.wspolnie.shared.time.ClockConfig.WARSAW;
import com.microsoft.playwright.Page;

/**
 * The whole story of an open competition through the browser, with axe on every page
 * (forms shown with errors included): the official announces → NGO A submits an offer,
 * NGO B submits a joint offer with A → the formal review calls for one correction, B
 * corrects (a new version and checksum) → the commission, with B's representative on it
 * (nominated by A through the competition's page, appointed from the nomination), who is
 * excluded from the joint offer automatically (shown on the commission page; 403 on its
 * scoring page) → the others score → ranking and protocol → the decision with a lower
 * grant for A's offer → results on the public page → A's updated cost table → the
 * contract (its PDF read back) → the final report with one correction → settled.
 */
class CompetitionWholeStoryBrowserTest extends BrowserTest {

    @Test
    void officialAnnouncesNgosOfferCommissionScoresDecisionContractReportSettled() throws IOException {
        // Buttons that cannot be undone ask first (data-confirm): the story answers yes.
        String word = TestOrganizations.word();
        String title = "Konkurs całościowy " + word;
        String official = userWithRole(Role.OFFICIAL, POWIAT);
        String chair = userWithRole(Role.COMMISSION_MEMBER, POWIAT);
        String repA = plainUser();
        String nameA = "Stowarzyszenie Żółta Łąka " + word;
        long orgA = organisationRepresentedBy(repA, nameA, KLUCZEWSKO, true);
        String repB = plainUser();
        String nameB = "Fundacja Gęśla Jaźń " + word;
        organisationRepresentedBy(repB, nameB, SECEMIN, true);

        // 1. The official announces through the form and publishes.
        loginAs(official);
        open("/competitions/new");
        CompetitionForms.fill(page,
                CompetitionFixtures.announcement(jstId(POWIAT), title, LocalDateTime.now(clock).plusDays(30)),
                List.of("jstId", "mode", "tasks[0].sphereCode"));
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("main .notice")).containsText("Projekt ogłoszenia zapisany");
        navigateBy(() -> page.click("main form button:has-text('Opublikuj ogłoszenie')"));
        assertThat(page.locator("main .notice")).containsText("Ogłoszenie opublikowane");
        String competitionPath = localPath(page.url());
        long competitionId = Long.parseLong(competitionPath.replaceAll("\\D", ""));
        long taskId = CompetitionFixtures.taskId(jdbc, competitionId);
        LocalDate from = CompetitionFixtures.periodFrom(jdbc, competitionId);

        // 2. NGO A submits its own offer.
        switchTo(repA);
        open(competitionPath);
        page.fill("#title", "Warsztaty haftu");
        navigateBy(() -> page.click("main form button:has-text('Rozpocznij ofertę')"));
        String offerA = localPath(page.url());
        long offerAId = Long.parseLong(offerA.replaceAll("\\D", ""));
        CompetitionForms.fill(page, CompetitionFixtures.offer(taskId, "Warsztaty haftu", from, from.plusMonths(6)),
                List.of("taskId"));
        navigateBy(() -> page.click("main form button[value=submit]"));
        assertThat(page.locator("main .notice")).containsText("Oferta złożona");

        // NGO A nominates B's representative to the commission on the competition's page
        // (without a justification first).
        open(competitionPath);
        page.fill("#nomineeName", "Zofia Gęślarska");
        page.fill("#nomineeEmail", repB);
        navigateBy(() -> page.click("main form.nomination-form button[type=submit]"));
        assertThat(page.locator("#justification-error")).containsText("Napisz uzasadnienie");
        assertThat(page.locator("#nomineeName")).hasValue("Zofia Gęślarska");
        page.fill("#justification", "Od lat prowadzi pracownię rękodzieła.");
        navigateBy(() -> page.click("main form.nomination-form button[type=submit]"));
        assertThat(page.locator("main .notice")).containsText("Osoba wskazana");
        assertThat(page.locator("main table")).containsText("Oczekuje na decyzję urzędu");

        // 3. NGO B submits a joint offer with A as co-offeror: V.C (each offeror's
        // amount) appears once A is named.
        switchTo(repB);
        open(competitionPath);
        page.fill("#title", "Wspólny festiwal rękodzieła");
        navigateBy(() -> page.click("main form button:has-text('Rozpocznij ofertę')"));
        String joint = localPath(page.url());
        long jointId = Long.parseLong(joint.replaceAll("\\D", ""));
        Map<String, String> jointForm = CompetitionFixtures.offer(taskId, "Wspólny festiwal rękodzieła", from,
                from.plusMonths(6));
        jointForm.put("coOfferors", String.valueOf(orgA));
        CompetitionForms.fill(page, jointForm, List.of("taskId"));
        navigateBy(() -> page.click("main form button[value=submit]"));
        assertThat(page.locator(".error-summary")).containsText("muszą razem dać koszty ogółem");
        page.fill("#split0\\.amount", "3000");
        page.fill("#split1\\.amount", "2500");
        navigateBy(() -> page.click("main form button[value=submit]"));
        assertThat(page.locator("main .notice")).containsText("Oferta złożona");
        assertThat(page.locator("main")).containsText(nameA);
        String firstChecksum = page.locator("code.checksum").first().textContent().strip();

        // 4. Formal review: A's offer is correct; the joint offer gets a call for
        // corrections of part V.
        switchTo(official);
        open(competitionPath + "/offers");
        navigateBy(() -> page.click("main table a[href='/offers/" + offerAId + "/review']"));
        page.check("#check0");
        page.check("#check1");
        page.check("#result-CORRECT");
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("main .notice")).containsText("Ocena formalna zapisana");
        open(competitionPath + "/offers");
        navigateBy(() -> page.click("main table a[href='/offers/" + jointId + "/review']"));
        page.check("#result-CORRECTIONS_REQUESTED");
        page.check("#section-V");
        page.fill("#note", "Proszę poprawić liczbę godzin warsztatów.");
        navigateBy(() -> page.click("main form button[type=submit]"));

        switchTo(repB);
        open(joint);
        assertThat(page.locator("main")).containsText("Popraw części: V");
        assertThat(page.locator("#title")).isDisabled();
        page.fill("#costLines0\\.units", "49");
        page.fill("#costLines0\\.fromGrant", "4400");
        page.fill("#split1\\.amount", "2400");
        navigateBy(() -> page.click("main form button[value=submit]"));
        assertThat(page.locator("main .notice")).containsText("Oferta złożona");
        assertThat(page.locator("code.checksum")).hasCount(2);
        assertThat(page.locator("main")).containsText(firstChecksum);

        switchTo(official);
        open(joint + "/review");
        page.check("#check0");
        page.check("#result-CORRECT");
        navigateBy(() -> page.click("main form button[type=submit]"));

        // 5. The commission: the chair; A's nominee cannot sit on it (A offered: art. 15
        // ust. 2d); B's representative, appointed by e-mail, is excluded from the
        // evaluation of the whole competition (B is a co-offeror of the joint offer).
        open(competitionPath + "/commission");
        page.fill("#email", chair);
        page.check("#chair");
        navigateBy(() -> page.click("main form:has(#email) button[type=submit]"));
        page.fill("#email", "nikt-" + word + "@test.wspolnie.pl");
        navigateBy(() -> page.click("main form:has(#email) button[type=submit]"));
        assertThat(page.locator(".error-summary")).containsText("Nie ma konta z takim adresem e-mail");
        assertThat(page.locator("main table.nominations")).containsText("Zofia Gęślarska (" + repB + ")");
        navigateBy(() -> page.click("main table.nominations button:has-text('Powołaj')"));
        assertThat(page.locator("main .warning")).containsText("art. 15 ust. 2d");
        page.fill("#email", repB);
        navigateBy(() -> page.click("main form:has(#email) button[type=submit]"));
        assertThat(page.locator("main table tr", new Page.LocatorOptions().setHasText("Test User")))
            .containsText("Reprezentuje organizację");

        clock.advance(Duration.ofDays(31));
        switchTo(repB);
        open(competitionPath + "/evaluation");
        assertThat(page.locator("main")).containsText("Jesteś wyłączony(-a) z oceny ofert w tym konkursie");
        assertThat(page.locator("main a[href$='/score']")).hasCount(0);
        open("/offers/" + jointId + "/score", 403);
        open("/offers/" + offerAId + "/score", 403);

        switchTo(chair);
        open(competitionPath + "/evaluation");
        page.check("#noConflict");
        navigateBy(() -> page.click("main form button[type=submit]"));
        score(offerAId, "9");
        open(competitionPath + "/evaluation");
        score(jointId, "8");
        open(competitionPath + "/ranking");
        // A: 54 and the joint offer 48, from the chair alone.
        assertThat(page.locator("main table")).containsText("54,00");
        assertThat(page.locator("main table")).containsText("48,00");
        APIResponse protocol = page.request().get(competitionPath + "/protocol.pdf");
        assertThat(protocol.status()).isEqualTo(200);
        assertThat(pdfText(protocol.body())).contains("Protokół komisji konkursowej", "Warsztaty haftu");

        // 6. The decision: a lower grant for A's offer (with a justification); the joint
        // offer as proposed.
        switchTo(official);
        open(competitionPath + "/commission");
        open(competitionPath + "/decision");
        page.fill("#amount" + offerAId, "3000");
        navigateBy(() -> page.click("main form button:has-text('Rozstrzygnij')"));
        assertThat(page.locator(".error-summary")).containsText("Uzasadnij zmianę kwoty");
        page.fill("#justification" + offerAId, "Ograniczone środki na zadanie.");
        navigateBy(() -> page.click("main form button:has-text('Rozstrzygnij')"));
        assertThat(page.locator("main")).containsText("Wyniki konkursu");

        // Results on the public page, for anybody.
        context.clearCookies();
        open(competitionPath);
        assertThat(page.locator("main")).containsText("Wyniki konkursu");
        assertThat(page.locator("main")).containsText("3\u00a0000,00 zł");
        assertThat(page.locator("main")).containsText("4\u00a0800,00 zł");

        // 7. A's updated cost table to the awarded 3 000 zł.
        loginAs(repA);
        open(offerA);
        assertThat(page.locator("main")).containsText("Przyznano mniejszą dotację");
        page.fill("#costLines0\\.fromGrant", "2 600");
        page.fill("#ownFinancial", "2 200");
        navigateBy(() -> page.click("main form button[value=submit]"));
        assertThat(page.locator("main")).containsText("Złożona");

        // 8. The contract, recorded by the official; its PDF read back.
        switchTo(official);
        open(offerA + "/contract");
        CompetitionForms.fillContract(page, "U/C/" + offerAId, from.minusDays(2), "61 1090 1014 0000 0712 1981 2874",
                from, "3000");
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("main")).containsText("Zawarta umowa");
        String pdfLink = page.locator("main a[href$='/contract.pdf']").first().getAttribute("href");
        APIResponse contract = page.request().get(pdfLink);
        assertThat(contract.status()).isEqualTo(200);
        assertThat(contract.headers().get("content-type")).startsWith("application/pdf");
        assertThat(pdfText(contract.body())).contains("Umowa nr U/C/" + offerAId, nameA, "3\u00a0000,00 zł",
                "Warsztaty haftu");

        // 9. The final report, one call for corrections, acceptance and settlement.
        switchTo(repA);
        open(offerA + "/contract");
        navigateBy(() -> page.click("main form button:has-text('Rozpocznij sprawozdanie końcowe')"));
        CompetitionForms.fillFinalReport(page, "30");
        navigateBy(() -> page.click("main form button[value=submit]"));
        assertThat(page.locator("main")).containsText("Sprawozdanie złożono");
        String reportPath = localPath(page.url());

        switchTo(official);
        open(reportPath);
        page.check("#result-corrections");
        page.fill("#note", "Proszę sprawdzić listy obecności.");
        navigateBy(() -> page.click("main form button:has-text('Zapisz decyzję')"));
        assertThat(page.locator("main")).containsText("Do poprawy");

        switchTo(repA);
        open(reportPath);
        assertThat(page.locator("main")).containsText("Proszę sprawdzić listy obecności.");
        page.fill("#results0\\.achieved", "40");
        navigateBy(() -> page.click("main form button[value=submit]"));
        assertThat(page.locator("main")).containsText("Sprawozdanie złożono");

        switchTo(official);
        open(reportPath);
        navigateBy(() -> page.click("main form button:has-text('Zapisz decyzję')"));
        assertThat(page.locator("main")).containsText("Przyjęte i rozliczone");
        assertThat(page.locator("main")).containsText("Kwota do zwrotu");
        assertThat(page.locator("main")).containsText("272,73 zł");
    }

    /** Logs out (a fresh cookie jar) and logs in as another person. */
    private void switchTo(String email) {
        context.clearCookies();
        loginAs(email);
    }

    /**
     * On the member's list: opens the offer's scoring page by its link and gives every
     * criterion these points.
     */
    private void score(long offerId, String points) {
        navigateBy(() -> page.click("main table a[href='/offers/" + offerId + "/score']"));
        for (var field : page.locator("main form input[id^=points]").all()) {
            String id = field.getAttribute("id").substring("points".length());
            field.fill(points);
            page.fill("#justification" + id, "Spójny plan działań i realny kosztorys.");
        }
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("main")).containsText("Twoja ocena: " + Integer.parseInt(points) * 6 + " pkt");
    }

    private static String pdfText(byte[] bytes) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

}
