package pl.wspolnie.competitions;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.wspolnie.shared.time.ClockConfig.WARSAW;
import java.time.Duration;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The announcement: an official drafts and publishes; the 21-day rule; the public page,
 * list, feed and PDF.
 */
class AnnouncementTest extends IntegrationTest {

    @Test
    void officialPublishesAnnouncementAndEveryoneSeesItOnThePageListFeedAndPdf() throws Exception {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        String title = "Konkurs kultury " + TestOrganizations.word();
        long id = createDraft(official, title, LocalDateTime.now(WARSAW).plusDays(30));

        assertThat(visitor().get("/competitions/" + id).status()).as("a draft is not public").isEqualTo(404);
        assertThat(official.get("/competitions/" + id).text()).contains(title, "Projekt (nieopublikowany)");

        Page published = official.post("/competitions/" + id + "/publish", Map.of(),
                official.get("/competitions/" + id).csrf());
        assertThat(published.status()).isEqualTo(302);

        Page page = visitor().get("/competitions/" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains(title, "Warsztaty rękodzieła ludowego", "50\u00a0000,00 zł",
                "Wspieranie realizacji zadania", "Minimalny wkład własny (%)", "Statut", "Sprawozdanie finansowe",
                "Możliwość realizacji zadania", "Otwarte (przyjmują oferty)");

        // The shared database holds other tests' open calls of the powiat (sorted by
        // deadline): look through the pages.
        assertThat(onSomePage("/competitions?phase=open&jst=" + jstId(POWIAT) + "&sphere=kultura", title))
            .as("listed among the open calls of the powiat")
            .isTrue();
        assertThat(visitor().get("/competitions?phase=open&sphere=ekologia").text()).doesNotContain(title);
        assertThat(visitor().get("/competitions?phase=evaluation").text()).doesNotContain(title);

        SyndFeed feed = new SyndFeedInput()
            .build(new StringReader(visitor().getWithAccept("/competitions/feed.atom", "application/atom+xml").body()));
        assertThat(feed.getEntries()).anySatisfy(e -> {
            assertThat(e.getTitle()).isEqualTo(title);
            assertThat(e.getLink()).endsWith("/competitions/" + id);
        });

        HttpResponse<byte[]> pdf = visitor().getBytes("/competitions/" + id + "/announcement.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains(title, "Ogłoszenie otwartego konkursu ofert", "żółć gęślą jaźń", "000,00 zł",
                    "Ogłoszenie konkursu nr " + id);
        }

        clock.advance(Duration.ofDays(31));
        assertThat(visitor().get("/competitions?phase=evaluation&jst=" + jstId(POWIAT)).text()).contains(title);
        assertThat(visitor().get("/competitions?phase=open").text()).doesNotContain(title);
    }

    @Test
    void deadlineLessThan21DaysAfterPublicationIsRefusedNextToTheField() {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        String title = "Konkurs za krótki " + TestOrganizations.word();
        LocalDate today = LocalDate.now(clock.withZone(WARSAW));
        long id = createDraft(official, title, today.plusDays(20).atTime(23, 59));

        Page refused = official.post("/competitions/" + id + "/publish", Map.of(),
                official.get("/competitions/" + id).csrf());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"offerDeadline-error\"");
        assertThat(refused.text()).contains("co najmniej 21 dni po publikacji", "art. 13 ust. 1");
        assertThat(visitor().get("/competitions/" + id).status()).as("still a draft").isEqualTo(404);

        // Moved to the 21st calendar day after today, a minute after midnight: fewer than
        // 21 × 24 hours from now, but 21 days as the hint (and art. 13 ust. 1) counts
        // them.
        Map<String, String> form = CompetitionFixtures.announcement(jstId(POWIAT), title,
                today.plusDays(21).atTime(0, 1));
        Page saved = official.post("/competitions/" + id + "/edit", form,
                official.get("/competitions/" + id + "/edit").csrf());
        assertThat(saved.status()).isEqualTo(302);
        Page published = official.post("/competitions/" + id + "/publish", Map.of(),
                official.get("/competitions/" + id).csrf());
        assertThat(published.status()).as(published.text()).isEqualTo(302);
        assertThat(visitor().get("/competitions/" + id).status()).isEqualTo(200);
    }

    @Test
    void anAnnouncementWithoutTheElementsOfArticle13IsNotPublishedAndEachMissingElementIsNamedNextToItsField() {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        String title = "Konkurs niekompletny " + TestOrganizations.word();
        LocalDateTime deadline = LocalDateTime.now(WARSAW).plusDays(30);
        Map<String, String> bare = CompetitionFixtures.announcement(jstId(POWIAT), title, deadline);
        bare.put("grantRules", "");
        bare.put("conditions", "");
        bare.put("choiceProcedure", "");
        bare.remove("choiceDate");
        bare.put("fundingLastYear", "");
        bare.put("fundingThisYear", "");
        bare.put("maxGrant", "60000");
        for (int i = 1; i < 6; i++) {
            bare.remove("criteria[" + i + "].name");
            bare.remove("criteria[" + i + "].maxPoints");
            bare.remove("criteria[" + i + "].statutory");
        }
        long id = createDraft(official, bare);
        assertThat(official.get("/competitions/" + id + "/edit").text())
            .as("the form no longer claims a draft has every element")
            .doesNotContain("zawiera wszystkie elementy");

        Page refused = official.post("/competitions/" + id + "/publish", Map.of(),
                official.get("/competitions/" + id).csrf());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"error-summary\"", "id=\"grantRules-error\"",
                "id=\"conditions-error\"", "id=\"choiceProcedure-error\"", "id=\"choiceDate-error\"",
                "id=\"fundingLastYear-error\"", "id=\"fundingThisYear-error\"", "id=\"maxGrant-error\"");
        assertThat(refused.text()).contains("art. 13 ust. 2 pkt 3", "art. 13 ust. 2 pkt 4", "art. 13 ust. 2 pkt 6",
                "art. 13 ust. 2 pkt 7", "art. 15 ust. 1 pkt 2", "art. 15 ust. 1 pkt 6",
                "Maksymalna kwota dotacji (60\u00a0000,00 zł) przekracza środki publiczne na zadanie");
        assertThat(visitor().get("/competitions/" + id).status()).as("still a draft").isEqualTo(404);

        // Completed (the statutory criteria back), with the choice on the deadline day.
        Map<String, String> complete = CompetitionFixtures.announcement(jstId(POWIAT), title, deadline);
        complete.put("choiceDate", deadline.toLocalDate().toString());
        complete.put("periodFrom", deadline.toLocalDate().minusDays(1).toString());
        assertThat(official
            .post("/competitions/" + id + "/edit", complete, official.get("/competitions/" + id + "/edit").csrf())
            .status()).isEqualTo(302);
        Page inconsistent = official.post("/competitions/" + id + "/publish", Map.of(),
                official.get("/competitions/" + id).csrf());
        assertThat(inconsistent.status()).isEqualTo(422);
        assertThat(inconsistent.body()).contains("id=\"choiceDate-error\"", "id=\"periodFrom-error\"");
        assertThat(inconsistent.text()).contains("Termin wyboru ofert musi przypadać po terminie składania ofert",
                "Realizacja zadania nie może zaczynać się przed terminem składania ofert");

        assertThat(official
            .post("/competitions/" + id + "/edit", CompetitionFixtures.announcement(jstId(POWIAT), title, deadline),
                    official.get("/competitions/" + id + "/edit").csrf())
            .status()).isEqualTo(302);
        assertThat(
                official.post("/competitions/" + id + "/publish", Map.of(), official.get("/competitions/" + id).csrf())
                    .status())
            .isEqualTo(302);
        assertThat(visitor().get("/competitions/" + id).text()).contains("Zasady przyznawania dotacji",
                "Dotację przyznaje Zarząd Powiatu");
    }

    @Test
    void aStatutoryCriterionCannotBeRemovedFromTheForm() {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        Map<String, String> form = CompetitionFixtures.announcement(jstId(POWIAT), "Bez kryterium",
                LocalDateTime.now(WARSAW).plusDays(30));
        assertThat(official.get("/competitions/new").text()).contains("Kryterium ustawowe (art. 15 ust. 1 pkt 4");
        form.put("criteria[3].name", "");
        form.put("criteria[3].maxPoints", "");
        Page refused = official.post("/competitions/new", form, official.get("/competitions/new").csrf());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"criteria3.name-error\"");
        assertThat(refused.text()).contains("Kryterium z art. 15 ust. 1 pkt 4 ustawy nie może zostać usunięte");
    }

    @Test
    void moneyAndLongTextErrorsAreShownNextToTheFieldsAndWhatWasTypedIsKept() {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        Map<String, String> form = CompetitionFixtures.announcement(jstId(POWIAT), "Konkurs z błędami",
                LocalDateTime.now(WARSAW).plusDays(30));
        form.put("minGrant", "-5");
        form.put("maxGrant", "abc");
        form.put("fundingLastYear", "12,345");
        form.put("fundingThisYear", "1000000000000000");
        form.put("tasks[0].funds", "dużo");
        form.put("description", "x".repeat(100_000));
        Page page = official.post("/competitions/new", form, official.get("/competitions/new").csrf());

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains("id=\"minGrant-error\"", "id=\"maxGrant-error\"",
                "id=\"fundingLastYear-error\"", "id=\"fundingThisYear-error\"", "id=\"tasks0.funds-error\"",
                "id=\"description-error\"");
        assertThat(page.text()).contains("Kwota nie może być ujemna", "Wpisz kwotę w złotych",
                "najwyżej dwa miejsca po przecinku", "nierealnie duża", "Tekst jest za długi");
        assertThat(page.inputValue("minGrant")).isEqualTo("-5");
        assertThat(page.inputValue("maxGrant")).isEqualTo("abc");
        assertThat(page.inputValue("fundingLastYear")).isEqualTo("12,345");
        assertThat(page.inputValue("tasks0.funds")).isEqualTo("dużo");
        assertThat(page.inputValue("title")).isEqualTo("Konkurs z błędami");
    }

    @Test
    void onlyOfficialsOfTheJstAnnounceEditAndPublish() {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        long id = createDraft(official, "Konkurs cudzy " + TestOrganizations.word(),
                LocalDateTime.now(WARSAW).plusDays(30));
        WebClient other = loggedIn(userWithRole(Role.OFFICIAL, SECEMIN));
        String csrf = other.get("/competitions").csrf();

        assertThat(other.get("/competitions/" + id + "/edit").status()).isEqualTo(403);
        assertThat(other.post("/competitions/" + id + "/publish", Map.of(), csrf).status()).isEqualTo(403);
        assertThat(other
            .post("/competitions/" + id + "/edit",
                    CompetitionFixtures.announcement(jstId(SECEMIN), "Przejęty",
                            LocalDateTime.now(WARSAW).plusDays(30)),
                    csrf)
            .status()).isEqualTo(403);
        Map<String, String> foreign = CompetitionFixtures.announcement(jstId(POWIAT), "Nie mój samorząd",
                LocalDateTime.now(WARSAW).plusDays(30));
        Page refused = other.post("/competitions/new", foreign, csrf);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"jstId-error\"");
        WebClient resident = loggedIn(plainUser());
        assertThat(resident.get("/competitions/new").status()).isEqualTo(403);
    }

    static long createDraft(WebClient official, String title, LocalDateTime deadline) {
        return createDraft(official, CompetitionFixtures.announcement(0, title, deadline));
    }

    /** A draft announcement (see above), then published by the same official. */
    static long createPublished(WebClient official, String title, LocalDateTime deadline) {
        long id = createDraft(official, title, deadline);
        official.post("/competitions/" + id + "/publish", Map.of(), official.get("/competitions/" + id).csrf());
        return id;
    }

    static long createDraft(WebClient official, Map<String, String> form) {
        String newPage = official.get("/competitions/new").body();
        Matcher jst = Pattern.compile("<option value=\"(\\d+)\"[^>]*>Powiat").matcher(newPage);
        form.put("jstId", jst.find() ? jst.group(1) : "");
        Page created = official.post("/competitions/new", form, official.get("/competitions/new").csrf());
        assertThat(created.status()).as(created.text()).isEqualTo(302);
        return Long.parseLong(created.location().replaceAll(".*/competitions/(\\d+).*", "$1"));
    }

    /** True when the title is on one of the first ten pages of the list. */
    private boolean onSomePage(String path, String title) {
        for (int page = 0; page < 10; page++) {
            Page list = visitor().get(path + "&page=" + page);
            assertThat(list.status()).isEqualTo(200);
            if (list.text().contains(title)) {
                return true;
            }
            if (!list.body().contains("rel=\"next\"")) {
                return false;
            }
        }
        return false;
    }

}
