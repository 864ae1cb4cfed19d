package pl.wspolnie.news;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.news.domain.Newsroom;
import pl.wspolnie.organizations.OrganizationSeeding;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.shared.time.ClockConfig;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.io.StringReader;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;

class NewsTest extends IntegrationTest {

    @Autowired
    OrganizationSeeding organizations;

    @Autowired
    Newsroom newsroom;

    static Map<String, String> news(String title, Long jstId, Long organizationId, String body) {
        Map<String, String> f = new LinkedHashMap<>();
        if (jstId != null) {
            f.put("jstId", String.valueOf(jstId));
        }
        if (organizationId != null) {
            f.put("organizationId", String.valueOf(organizationId));
        }
        f.put("title", title);
        f.put("lead", "Wstęp do " + title);
        f.put("body", body);
        f.put("spheres", "kultura");
        f.put("publishAt", "");
        return f;
    }

    private long idFrom(Page page) {
        assertThat(page.status()).as(page.body()).isEqualTo(302);
        return Long.parseLong(page.location().replaceAll(".*/news/(\\d+).*", "$1"));
    }

    @Test
    void officialPublishesNewsThatAppearsInTheListPageAndAtomFeeds() throws Exception {
        String word = TestOrganizations.word();
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, KLUCZEWSKO));
        long id = idFrom(official.submit("/news/new", "/news/new", news("Piknik " + word, jstId(KLUCZEWSKO), null,
                "<h2>Program</h2><p>Zapraszamy <script>alert(1)</script></p><img src=\"https://example.pl/p.png\" alt=\"Plakat pikniku\">")));

        WebClient visitor = visitor();
        Page list = visitor.get("/news?q=" + word);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.text()).contains("Piknik " + word, "Liczba aktualności: 1");
        Page item = visitor.get("/news/" + id);
        assertThat(item.body()).contains("alt=\"Plakat pikniku\"", "<h2>Program</h2>").doesNotContain("<script>alert");

        for (String feedPath : List.of("/news/feed.atom", "/news/feed.atom?jst=" + jstId(KLUCZEWSKO),
                "/news/feed.atom?sphere=kultura")) {
            Page feed = visitor.get(feedPath);
            assertThat(feed.status()).isEqualTo(200);
            assertThat(feed.header("Content-Type")).startsWith("application/atom+xml");
            SyndFeed parsed = new SyndFeedInput().build(new StringReader(feed.body()));
            assertThat(parsed.getFeedType()).isEqualTo("atom_1.0");
            assertThat(parsed.getEntries()).extracting(SyndEntry::getTitle).contains("Piknik " + word);
            assertThat(parsed.getEntries()).extracting(SyndEntry::getLink).contains("http://localhost/news/" + id);
        }
        SyndFeed secemin = new SyndFeedInput()
            .build(new StringReader(visitor.get("/news/feed.atom?jst=" + jstId(SECEMIN)).body()));
        assertThat(secemin.getEntries()).extracting(SyndEntry::getTitle).doesNotContain("Piknik " + word);
        assertThat(visitor.get("/news?q=" + word + "&sphere=ekologia").text()).contains("Liczba aktualności: 0");
    }

    @Test
    void anImageWithoutAltIsRefusedWithAFieldMessageAndTheTextIsKept() {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, KLUCZEWSKO));
        Page page = official.submit("/news/new", "/news/new",
                news("Bez opisu", jstId(KLUCZEWSKO), null, "<p>Mój tekst</p><img src=\"https://example.pl/p.png\">"));
        assertThat(page.status()).isEqualTo(422);
        assertThat(page.text()).contains("Każdy obraz musi mieć tekst alternatywny");
        assertThat(page.body()).contains(
                "tekst&lt;/p&gt;&lt;img src=&quot;https://example.pl/p.png&quot;&gt;</textarea>",
                "value=\"Bez opisu\"");
    }

    @Test
    void ngoNewsIsNotPublicBeforeTheLiaisonOfficerApprovesIt() {
        String word = TestOrganizations.word();
        String rep = plainUser();
        long org = organisationRepresentedBy(rep, "Fundacja " + word, SECEMIN, true);
        WebClient ngo = loggedIn(rep);
        long id = idFrom(
                ngo.submit("/news/new", "/news/new", news("Festyn " + word, null, org, "<p>Festyn w Seceminie</p>")));

        assertThat(visitor().get("/news?q=" + word).text()).contains("Liczba aktualności: 0");
        assertThat(visitor().get("/news/" + id).status()).isEqualTo(404);

        // the liaison officer of the powiat moderates the gminas below it
        WebClient liaison = loggedIn(userWithRole(Role.LIAISON_OFFICER, POWIAT));
        Page queue = liaison.get("/news/moderation");
        assertThat(queue.text()).contains("Festyn " + word);
        WebClient otherLiaison = loggedIn(userWithRole(Role.LIAISON_OFFICER, KLUCZEWSKO));
        assertThat(otherLiaison.post("/news/" + id + "/approve", Map.of(), otherLiaison.get("/news").csrf()).status())
            .isEqualTo(403);
        assertThat(liaison.post("/news/" + id + "/approve", Map.of(), queue.csrf()).status()).isEqualTo(302);

        assertThat(visitor().get("/news?q=" + word).text()).contains("Festyn " + word);
        assertThat(visitor().get("/news/" + id).text()).contains("Fundacja " + word);
    }

    @Test
    void aRepresentativeOfOneOrganisationCannotPublishOrEditForAnother() {
        String word = TestOrganizations.word();
        String repA = plainUser();
        organisationRepresentedBy(repA, "A " + word, SECEMIN, true);
        String repB = plainUser();
        long orgB = organisationRepresentedBy(repB, "B " + word, SECEMIN, true);

        WebClient a = loggedIn(repA);
        assertThat(a.submit("/news/new", "/news/new", news("Podszyte " + word, null, orgB, "<p>x</p>")).status())
            .isEqualTo(403);

        long idOfB = idFrom(
                loggedIn(repB).submit("/news/new", "/news/new", news("Prawdziwe " + word, null, orgB, "<p>x</p>")));
        assertThat(a.get("/news/" + idOfB + "/edit").status()).isEqualTo(403);
        Map<String, String> crafted = news("Zmienione " + word, null, null, "<p>x</p>");
        crafted.put("version", "0");
        assertThat(a.post("/news/" + idOfB + "/edit", crafted, a.get("/news").csrf()).status()).isEqualTo(403);

        // an official of another JST may not publish for Secemin, nor edit its news
        WebClient kluczewsko = loggedIn(userWithRole(Role.OFFICIAL, KLUCZEWSKO));
        assertThat(kluczewsko.submit("/news/new", "/news/new", news("Obce " + word, jstId(SECEMIN), null, "<p>x</p>"))
            .status()).isEqualTo(403);
        long seceminNews = idFrom(loggedIn(userWithRole(Role.OFFICIAL, SECEMIN)).submit("/news/new", "/news/new",
                news("Gminne " + word, jstId(SECEMIN), null, "<p>x</p>")));
        assertThat(kluczewsko.post("/news/" + seceminNews + "/edit", crafted, kluczewsko.get("/news").csrf()).status())
            .isEqualTo(403);
        assertThat(visitor().get("/news?q=" + word).text()).doesNotContain("Zmienione", "Podszyte", "Obce");
    }

    @Test
    void scheduledNewsIsNotVisibleBeforeItsDate() throws Exception {
        String word = TestOrganizations.word();
        WebClient official = loggedIn(userWithRole(Role.CENTRE_STAFF, POWIAT));
        Map<String, String> form = news("Zapowiedź " + word, jstId(POWIAT), null, "<p>Wkrótce</p>");
        form.put("publishAt", DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")
            .format(clock.instant().plus(Duration.ofDays(2)).atZone(ClockConfig.WARSAW)));
        long id = idFrom(official.submit("/news/new", "/news/new", form));

        assertThat(visitor().get("/news?q=" + word).text()).contains("Liczba aktualności: 0");
        assertThat(visitor().get("/news/" + id).status()).isEqualTo(404);
        assertThat(new SyndFeedInput().build(new StringReader(visitor().get("/news/feed.atom").body())).getEntries())
            .extracting(SyndEntry::getTitle)
            .doesNotContain("Zapowiedź " + word);
        // the author sees it, marked as scheduled
        assertThat(official.get("/news/" + id).status()).isEqualTo(200);

        clock.advance(Duration.ofDays(2).plusMinutes(1));
        // the release job (every minute) announces it; that change also drops the
        // anonymous page cache
        assertThat(newsroom.releaseDue()).isGreaterThanOrEqualTo(1);
        assertThat(visitor().get("/news?q=" + word).text()).contains("Zapowiedź " + word);
        assertThat(visitor().get("/news/" + id).status()).isEqualTo(200);
    }

    @Test
    void badInputGivesFieldErrors() {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, KLUCZEWSKO));
        Map<String, String> form = news("", jstId(KLUCZEWSKO), null, "x".repeat(20_001));
        form.put("publishAt", "jutro");
        Page page = official.submit("/news/new", "/news/new", form);
        assertThat(page.status()).isEqualTo(422);
        assertThat(page.text()).contains("To pole jest wymagane", "Tekst jest za długi",
                "Wpisz datę i godzinę publikacji");
        assertThat(loggedIn(plainUser()).get("/news/new").status()).isEqualTo(403);
    }

    static byte[] png() throws Exception {
        var image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void attachmentsAreLimitedByTypeAndSizeAndImagesCanBeShownInTheText() throws Exception {
        String word = TestOrganizations.word();
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, SECEMIN));
        long id = idFrom(official.submit("/news/new", "/news/new",
                news("Galeria " + word, jstId(SECEMIN), null, "<p>Zdjęcia</p>")));
        String edit = "/news/" + id + "/edit";

        Page exe = official.postMultipart("/news/" + id + "/attachments", Map.of(), Map.of("file",
                new WebClient.FilePart("wirus.exe", "application/octet-stream", new byte[] { 0x4D, 0x5A, 0, 0 })),
                official.get(edit).csrf());
        assertThat(exe.status()).as("the form again, as every refused form").isEqualTo(422);
        assertThat(exe.text()).contains("Niedozwolony rodzaj pliku");
        Page fakePdf = official.postMultipart("/news/" + id + "/attachments", Map.of(),
                Map.of("file", new WebClient.FilePart("raport.pdf", "application/pdf", "<html>".getBytes())),
                official.get(edit).csrf());
        assertThat(fakePdf.text()).contains("Niedozwolony rodzaj pliku");
        Page tooLarge = official.postMultipart("/news/" + id + "/attachments", Map.of(),
                Map.of("file", new WebClient.FilePart("duzy.pdf", "application/pdf", new byte[11 * 1024 * 1024])),
                official.get(edit).csrf());
        assertThat(tooLarge.text()).contains("Plik jest za duży");

        Page added = official.postMultipart("/news/" + id + "/attachments", Map.of(),
                Map.of("file", new WebClient.FilePart("plakat.png", "image/png", png())), official.get(edit).csrf());
        assertThat(added.status()).isEqualTo(302);
        String imagePath = official.get(edit)
            .body()
            .replaceAll("(?s).*href=\"(/news/" + id + "/attachments/\\d+)\".*", "$1");
        assertThat(visitor().getBytes(imagePath).statusCode()).isEqualTo(200);
        assertThat(visitor().getBytes(imagePath).headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(visitor().get("/news/" + id).body()).contains("plakat.png");
        assertThat(jdbc.sql("select media_type from news_attachment where news_id = ? and file_name = 'plakat.png'")
            .param(id)
            .query(String.class)
            .single()).as("stored as every upload is (shared.files.StoredFile)").isEqualTo("image/png");

        WebClient other = loggedIn(userWithRole(Role.OFFICIAL, KLUCZEWSKO));
        assertThat(other
            .postMultipart("/news/" + id + "/attachments", Map.of(),
                    Map.of("file", new WebClient.FilePart("obcy.png", "image/png", png())), other.get("/news").csrf())
            .status()).isEqualTo(403);
    }

}
