package pl.wspolnie.competitions;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.competitions.domain.CanonicalJson;
import pl.wspolnie.organizations.OrganizationSeeding;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.TestMailServer;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static pl.wspolnie.shared.time.ClockConfig.WARSAW;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.sql.Timestamp;

/**
 * An NGO drafts, submits (checksum, PDF, e-mail, verify page), and the rules of deadline,
 * privacy and immutability.
 */
class OfferSubmissionTest extends IntegrationTest {

    @Autowired
    OrganizationSeeding seeding;

    long competitionId;

    long taskId;

    LocalDate periodFrom;

    LocalDate periodTo;

    Instant deadline;

    @BeforeEach
    void publishedCompetition() {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        competitionId = AnnouncementTest.createDraft(official, "Konkurs ofert " + TestOrganizations.word(),
                LocalDateTime.now(WARSAW).plusDays(30).withSecond(0).withNano(0));
        Page published = official.post("/competitions/" + competitionId + "/publish", Map.of(),
                official.get("/competitions/" + competitionId).csrf());
        assertThat(published.status()).isEqualTo(302);
        taskId = CompetitionFixtures.taskId(jdbc, competitionId);
        periodFrom = CompetitionFixtures.periodFrom(jdbc, competitionId);
        periodTo = periodFrom.plusMonths(6);
        deadline = jdbc.sql("select offer_deadline from competition where id = ?")
            .param(competitionId)
            .query(Timestamp.class)
            .single()
            .toInstant();
    }

    @Test
    void ngoSubmitsOfferWithComputedSourcesChecksumPdfMailAndVerifyPage() throws Exception {
        Offeror offeror = offeror("Stowarzyszenie Łączy Nas");
        WebClient ngo = offeror.client();
        long offerId = startOffer(offeror, "Haft dla pokoleń");

        Map<String, String> form = CompetitionFixtures.offer(taskId, "Haft dla pokoleń – żółć", periodFrom, periodTo);
        form.put("action", "save");
        Page saved = ngo.post("/offers/" + offerId, form, ngo.get("/offers/" + offerId).csrf());
        assertThat(saved.status()).isEqualTo(200);
        // Computed on the server: total 5 500, grant 4 900 = 89,09 %, own 600 = 10,91 %,
        // admin 500 = 9,09 %.
        assertThat(saved.text()).contains("Projekt oferty zapisany", "Koszty ogółem: 5\u00a0500,00 zł",
                "4\u00a0900,00 zł 89,09 %", "300,00 zł 5,45 %", "200,00 zł 3,64 %", "100,00 zł 1,82 %",
                "600,00 zł 10,91 %", "W tym koszty administracyjne: 500,00 zł (9,09 %)",
                "Wartość pozycji: 5\u00a0000,00 zł");

        form.put("action", "submit");
        Page submitted = ngo.post("/offers/" + offerId, form, ngo.get("/offers/" + offerId).csrf());
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(302);

        Map<String, Object> version = jdbc
            .sql("select content, checksum from offer_version where offer_id = ? and number = 1")
            .param(offerId)
            .query()
            .singleRow();
        String content = (String) version.get("content");
        String checksum = (String) version.get("checksum");
        assertThat(checksum).hasSize(64).isEqualTo(CanonicalJson.sha256(content));
        assertThat(content).contains("\"grant\":\"4900.00\"", "\"grantPct\":\"89.09\"", "\"ownTotalPct\":\"10.91\"",
                "\"total\":\"5500.00\"", "\"ownFinancialPct\":\"5.45\"");
        Page offerPage = ngo.get("/offers/" + offerId);
        assertThat(offerPage.text()).contains("Złożona", checksum);

        TestMailServer.awaitMail(offeror.email(), "Oferta złożona");
        MimeMessage message = TestMailServer.mailsTo(offeror.email()).get(0);
        String mail = GreenMailUtil.getWholeMessage(message);
        assertThat(mail).contains("application/pdf", "oferta-" + offerId + "-v1.pdf");
        MimeMultipart parts = (MimeMultipart) message.getContent();
        StringBuilder text = new StringBuilder();
        collectText(parts, text);
        assertThat(text.toString()).contains(checksum, checksum.substring(0, 12), "/offers/verify?checksum=");

        String shortSum = checksum.substring(0, 12);
        Page verify = visitor().get("/offers/verify?checksum=" + shortSum);
        assertThat(verify.status()).isEqualTo(200);
        assertThat(verify.text()).contains("Suma kontrolna odpowiada złożonej ofercie", "Haft dla pokoleń – żółć",
                checksum);
        assertThat(visitor().get("/offers/verify?checksum=" + checksum.toUpperCase()).text())
            .contains("Haft dla pokoleń – żółć");
        assertThat(visitor().get("/offers/verify?checksum=0000000000ff").text()).contains("Nie znaleziono");
        assertThat(visitor().get("/offers/verify?checksum=xyz").text()).contains("co najmniej 8 znaków");

        HttpResponse<byte[]> pdf = ngo.getBytes("/offers/" + offerId + "/versions/1.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(document)).as("page " + page).contains("Suma kontrolna: " + shortSum);
            }
            assertThat(new PDFTextStripper().getText(document)).contains("Haft dla pokoleń – żółć", "Łucja Żółkiewska",
                    "V.B Źródła finansowania", "89,09");
        }
    }

    @Test
    void submittedVersionCannotBeChangedByCraftedRequestsNorInTheDatabase() {
        Offeror offeror = offeror("Fundacja Stała");
        WebClient ngo = offeror.client();
        long offerId = startOffer(offeror, "Oferta niezmienna");
        Map<String, String> form = CompetitionFixtures.offer(taskId, "Oferta niezmienna", periodFrom, periodTo);
        String csrf = ngo.get("/offers/" + offerId).csrf();
        assertThat(ngo.post("/offers/" + offerId, form, csrf).status()).isEqualTo(302);
        String checksum = jdbc.sql("select checksum from offer_version where offer_id = ?")
            .param(offerId)
            .query(String.class)
            .single();

        form.put("title", "Podmieniona");
        form.put("costLines[0].unitCost", "1000");
        assertThat(ngo.post("/offers/" + offerId, form, csrf).status()).isEqualTo(409);
        form.put("action", "save");
        assertThat(ngo.post("/offers/" + offerId, form, csrf).status()).isEqualTo(409);

        assertThat(jdbc.sql("select checksum from offer_version where offer_id = ?")
            .param(offerId)
            .query(String.class)
            .single()).isEqualTo(checksum);
        assertThat(versionCount(offerId)).isEqualTo(1L);
        assertThatThrownBy(
                () -> jdbc.sql("update offer_version set content = '{}' where offer_id = ?").param(offerId).update())
            .hasMessageContaining("cannot be changed");
        assertThatThrownBy(() -> jdbc.sql("delete from offer_version where offer_id = ?").param(offerId).update())
            .hasMessageContaining("cannot be changed");
    }

    @Test
    void anotherNgoGets403OnTheDraftItsPdfAndItsActions() {
        Offeror offerorA = offeror("Stowarzyszenie A");
        WebClient ngoA = offerorA.client();
        long offerId = startOffer(offerorA, "Tajny projekt");
        WebClient ngoB = offeror("Stowarzyszenie B").client();
        String csrf = ngoB.get("/competitions/" + competitionId).csrf();

        assertThat(ngoB.get("/offers/" + offerId).status()).isEqualTo(403);
        Map<String, String> form = CompetitionFixtures.offer(taskId, "Przejęty", periodFrom, periodTo);
        assertThat(ngoB.post("/offers/" + offerId, form, csrf).status()).isEqualTo(403);
        assertThat(ngoB.post("/offers/" + offerId + "/withdraw", Map.of(), csrf).status()).isEqualTo(403);
        assertThat(ngoB.getBytes("/offers/" + offerId + "/versions/1.pdf").statusCode()).isEqualTo(403);
        // Starting an offer in the name of an organisation one does not represent.
        assertThat(ngoB
            .post("/competitions/" + competitionId + "/offers",
                    Map.of("leadOrganizationId", String.valueOf(offerorA.organizationId()), "title", "Podszywka"), csrf)
            .status()).isEqualTo(403);
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        assertThat(official.get("/offers/" + offerId).status()).as("a draft is private to its offerors").isEqualTo(403);
        assertThat(ngoA.get("/offers/" + offerId).text()).contains("Tajny projekt");
        assertThat(jdbc.sql("select title from offer where id = ?").param(offerId).query(String.class).single())
            .isEqualTo("Tajny projekt");
    }

    @Test
    void submissionOneSecondAfterTheDeadlineIsRefusedAndBeforeItAccepted() {
        Offeror offeror = offeror("Klub Terminowy");
        WebClient ngo = offeror.client();
        long onTime = startOffer(offeror, "Na czas");
        long late = startOffer(offeror, "Spozniona");
        String csrf = ngo.get("/offers/" + onTime).csrf();

        moveClockTo(deadline.minusSeconds(3));
        assertThat(
                ngo.post("/offers/" + onTime, CompetitionFixtures.offer(taskId, "Na czas", periodFrom, periodTo), csrf)
                    .status())
            .isEqualTo(302);

        moveClockTo(deadline.plusSeconds(1));
        Page refused = ngo.post("/offers/" + late, CompetitionFixtures.offer(taskId, "Spozniona", periodFrom, periodTo),
                csrf);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("Termin składania ofert minął");
        assertThat(refused.inputValue("title")).isEqualTo("Spozniona");
        assertThat(versionCount(late)).isZero();
        assertThat(offerStatus(late)).isEqualTo("DRAFT");
        assertThat(versionCount(onTime)).isEqualTo(1L);
    }

    @Test
    void moneyAndTextErrorsAreFieldErrorsAndEverythingTypedIsKept() {
        Offeror offeror = offeror("Fundacja Błędów");
        WebClient ngo = offeror.client();
        long offerId = startOffer(offeror, "Oferta z błędami");
        Map<String, String> form = CompetitionFixtures.offer(taskId, "Oferta z błędami", periodFrom, periodTo);
        form.put("costLines[0].unitCost", "abc");
        form.put("costLines[1].fromGrant", "-1");
        form.put("ownFinancial", "1,234");
        form.put("ownPersonal", "1000000000000000");
        form.put("summary", "ż".repeat(100_000));
        Page page = ngo.post("/offers/" + offerId, form, ngo.get("/offers/" + offerId).csrf());

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains("id=\"summary-error\"");
        assertThat(page.text()).contains("Tekst jest za długi");
        form.put("summary", "Krótki opis.");
        page = ngo.post("/offers/" + offerId, form, ngo.get("/offers/" + offerId).csrf());
        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains("id=\"costLines0.unitCost-error\"", "id=\"costLines1.fromGrant-error\"",
                "id=\"ownFinancial-error\"", "id=\"ownPersonal-error\"");
        assertThat(page.text()).contains("Wpisz kwotę w złotych", "Kwota nie może być ujemna",
                "najwyżej dwa miejsca po przecinku", "nierealnie duża");
        assertThat(page.inputValue("costLines0.unitCost")).isEqualTo("abc");
        assertThat(page.inputValue("ownFinancial")).isEqualTo("1,234");
        assertThat(page.inputValue("ownPersonal")).isEqualTo("1000000000000000");
        assertThat(versionCount(offerId)).isZero();
    }

    @Test
    void offerBreakingTheCallsRulesIsRefusedWithEachProblemNextToItsField() {
        Offeror offeror = offeror("Fundacja Reguł");
        WebClient ngo = offeror.client();
        long offerId = startOffer(offeror, "Oferta poza regułami");
        Map<String, String> form = CompetitionFixtures.offer(taskId, "Oferta poza regułami", periodFrom, periodTo);
        form.put("periodTo", periodTo.plusYears(1).toString());
        // 50 000 zł, grant 4 500 + 400: own contribution now ≫ but sources mismatch
        form.put("costLines[0].unitCost", "1000");
        form.put("costLines[0].fromGrant", "45000");
        // administrative 9 000 of 59 000 = 15 % > 10 %
        form.put("costLines[1].unitCost", "9000");
        form.put("statementDataTrue", "false");
        Page page = ngo.post("/offers/" + offerId, form, ngo.get("/offers/" + offerId).csrf());

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.text()).contains("Oferta nie została złożona", "przekracza maksymalną kwotę z ogłoszenia",
                "Koszty administracyjne przekraczają limit 10", "Zaznacz wszystkie oświadczenia",
                "Data musi mieścić się w terminie realizacji z ogłoszenia", "muszą razem pokryć resztę kosztów");
        assertThat(page.body()).contains("id=\"requestedGrant\"", "id=\"administrativeCosts\"",
                "id=\"periodTo-error\"");
        assertThat(offerStatus(offerId)).isEqualTo("DRAFT");
    }

    @Test
    void withdrawalBeforeTheDeadline() {
        Offeror offeror = offeror("Fundacja Wycofana");
        WebClient ngo = offeror.client();
        long offerId = startOffer(offeror, "Do wycofania");
        String csrf = ngo.get("/offers/" + offerId).csrf();
        assertThat(ngo
            .post("/offers/" + offerId, CompetitionFixtures.offer(taskId, "Do wycofania", periodFrom, periodTo), csrf)
            .status()).isEqualTo(302);
        assertThat(ngo.get("/offers/" + offerId).body()).as("withdrawing asks first")
            .contains("data-confirm=\"Czy na pewno wycofać ofertę?");
        assertThat(ngo.post("/offers/" + offerId + "/withdraw", Map.of(), csrf).status()).isEqualTo(302);
        Page withdrawn = ngo.get("/offers/" + offerId);
        assertThat(withdrawn.text()).contains("Wycofana", "Przywróć ofertę jako projekt");

        // Before the deadline the withdrawn offer comes back as a draft (audited) and is
        // submitted anew; only its offerors may do it.
        WebClient stranger = loggedIn(plainUser());
        assertThat(stranger.post("/offers/" + offerId + "/reopen", Map.of(), stranger.get("/competitions").csrf())
            .status()).isEqualTo(403);
        assertThat(ngo.post("/offers/" + offerId + "/reopen", Map.of(), csrf).status()).isEqualTo(302);
        assertThat(offerStatus(offerId)).isEqualTo("DRAFT");
        assertThat(jdbc
            .sql("select count(*) from audit_log where entity_type like '%Offer' and entity_id = ? "
                    + "and before_state ->> 'status' = 'WITHDRAWN' and after_state ->> 'status' = 'DRAFT'")
            .param(String.valueOf(offerId))
            .query(Long.class)
            .single()).as("the reopening is in the audit log").isPositive();
        Map<String, String> changed = CompetitionFixtures.offer(taskId, "Do wycofania", periodFrom, periodTo);
        changed.put("summary", "Zmieniony opis po przywróceniu oferty.");
        assertThat(ngo.post("/offers/" + offerId, changed, csrf).status()).isEqualTo(302);
        assertThat(offerStatus(offerId)).isEqualTo("SUBMITTED");
        assertThat(ngo.post("/offers/" + offerId + "/reopen", Map.of(), csrf).status()).as("only a withdrawn one")
            .isEqualTo(409);
    }

    private static void collectText(Multipart multipart, StringBuilder text) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getContent() instanceof Multipart nested) {
                collectText(nested, text);
            }
            else if (part.isMimeType("text/plain")) {
                text.append(part.getContent());
            }
        }
    }

    private void moveClockTo(Instant target) {
        clock.advance(Duration.between(clock.instant(), target));
    }

    long organization(String name, String representativeEmail) {
        long userId = provisioning.ensureConfirmedUser(representativeEmail, "", "");
        return seeding.ensure(TestOrganizations.details(name, jstId(KLUCZEWSKO), List.of("kultura"), null), userId,
                true, true);
    }

    /** A confirmed person representing a new organisation of this name, logged in. */
    Offeror offeror(String organizationName) {
        String email = plainUser();
        long organizationId = organization(organizationName + " " + TestOrganizations.word(), email);
        return new Offeror(email, organizationId, loggedIn(email));
    }

    record Offeror(String email, long organizationId, WebClient client) {
    }

    long startOffer(Offeror offeror, String title) {
        return startOffer(offeror.client(), offeror.organizationId(), title);
    }

    String offerStatus(long offerId) {
        return jdbc.sql("select status from offer where id = ?").param(offerId).query(String.class).single();
    }

    long versionCount(long offerId) {
        return jdbc.sql("select count(*) from offer_version where offer_id = ?")
            .param(offerId)
            .query(Long.class)
            .single();
    }

    long startOffer(WebClient ngo, long organizationId, String title) {
        Page competition = ngo.get("/competitions/" + competitionId);
        Page started = ngo.post("/competitions/" + competitionId + "/offers",
                Map.of("leadOrganizationId", String.valueOf(organizationId), "title", title), competition.csrf());
        assertThat(started.status()).isEqualTo(302);
        assertThat(started.location()).contains("/offers/");
        return Long.parseLong(started.location().replaceAll(".*/offers/(\\d+).*", "$1"));
    }

}
