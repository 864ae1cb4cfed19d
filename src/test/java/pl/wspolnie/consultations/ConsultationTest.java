package pl.wspolnie.consultations;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.organizations.OrganizationSeeding;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.wspolnie.consultations.ConsultationFixtures.DRAFT;
import static pl.wspolnie.consultations.ConsultationFixtures.form;
import static pl.wspolnie.consultations.ConsultationFixtures.paragraphIds;
import static pl.wspolnie.consultations.ConsultationFixtures.publish;
import static pl.wspolnie.consultations.ConsultationFixtures.remarkId;

class ConsultationTest extends IntegrationTest {

    @Autowired
    OrganizationSeeding seeding;

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private String subject() {
        return "Program współpracy " + TestOrganizations.word();
    }

    /**
     * A person representing a new organisation; returns [email, organisation id,
     * organisation name].
     */
    private Object[] ngoRepresentative() {
        String email = uniqueEmail("ngo");
        long userId = provisioning.ensureConfirmedUser(email, "Anna Organizacyjna", DEMO_PASSWORD);
        String name = "Stowarzyszenie Konsultowane " + TestOrganizations.word();
        long orgId = seeding.ensure(TestOrganizations.details(name, jstId(KLUCZEWSKO), List.of("kultura"), null),
                userId, true, true);
        return new Object[] { email, orgId, name };
    }

    @Test
    void officialPublishesAndNgoAndResidentRemarkOnParagraphs() {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        String subject = subject();
        long id = publish(official, form(jstId(POWIAT), subject, today(), today().plusDays(13), "EVERYONE", DRAFT));

        Page page = visitor().get("/consultations/" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains(subject, "Postanowienia ogólne", "§ 1", "Program określa cele współpracy.",
                "§ 3", "Trwa zgłaszanie uwag", "Zaloguj się, aby zgłosić uwagę", "Jan Urzędnik");
        List<Long> paragraphs = paragraphIds(visitor(), id);
        assertThat(paragraphs).hasSize(4); // the preamble and §§ 1–3
        assertThat(visitor().get("/consultations?jst=" + jstId(POWIAT) + "&status=OPEN").text()).contains(subject);
        assertThat(visitor().get("/consultations?status=CLOSED").text()).doesNotContain(subject);

        Object[] ngo = ngoRepresentative();
        WebClient rep = loggedIn((String) ngo[0]);
        Page form = rep.get("/consultations/" + id + "/remarks/new?item=" + paragraphs.get(2));
        assertThat(form.body()).contains((String) ngo[2], "W czyim imieniu");
        Page saved = rep.post("/consultations/" + id + "/remarks/new",
                Map.of("itemId", "" + paragraphs.get(2), "organizationId", "" + ngo[1], "proposal",
                        "§ 2. Program obowiązuje w latach 2027–2028.", "justification",
                        "<script>alert('x')</script> Dłuższa perspektywa."),
                form.csrf());
        assertThat(saved.status()).isEqualTo(302);

        WebClient resident = loggedIn(userWithRole(Role.RESIDENT, KLUCZEWSKO));
        Page residentForm = resident.get("/consultations/" + id + "/remarks/new");
        Page empty = resident.post("/consultations/" + id + "/remarks/new",
                Map.of("itemId", "" + paragraphs.get(1), "proposal", "  "), residentForm.csrf());
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.text()).contains("Popraw błędy w formularzu", "Wpisz treść uwagi.");
        String huge = "a".repeat(100_000);
        Page tooLong = resident.post("/consultations/" + id + "/remarks/new",
                Map.of("itemId", "" + paragraphs.get(1), "proposal", huge, "justification", "zachowany tekst"),
                residentForm.csrf());
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.text()).contains("Tekst może mieć najwyżej 10 000 znaków.", "zachowany tekst");
        assertThat(tooLong.body()).contains(huge);
        Page residentSaved = resident.post("/consultations/" + id + "/remarks/new",
                Map.of("itemId", "" + paragraphs.get(1), "proposal", "Dodać cel: integracja mieszkańców."),
                residentForm.csrf());
        assertThat(residentSaved.status()).isEqualTo(302);

        Page after = visitor().get("/consultations/" + id);
        assertThat(after.text()).contains("Dodać cel: integracja mieszkańców.", "Test RESIDENT", (String) ngo[2],
                "zgłosił(a): Anna Organizacyjna", "<script>alert('x')</script> Dłuższa perspektywa.");
        assertThat(after.body()).doesNotContain("<script>alert").contains("&lt;script&gt;");
        // each remark sits beside its paragraph
        String itemBlock = after.body().substring(after.body().indexOf("id=\"item-" + paragraphs.get(2) + "\""));
        itemBlock = itemBlock.substring(0, itemBlock.indexOf("class=\"draft-row\"", 10));
        assertThat(itemBlock).contains("Program obowiązuje w roku 2027", "2027–2028");
    }

    @Test
    void residentsMayNotRemarkOnAnNgoConsultationAndNgoMustChooseItsOrganisation() {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        long id = publish(official, form(jstId(POWIAT), subject(), today(), today().plusDays(13), "NGOS", DRAFT));
        WebClient resident = loggedIn(userWithRole(Role.RESIDENT, KLUCZEWSKO));
        assertThat(resident.get("/consultations/" + id).text()).contains("uwagi zgłaszają przedstawiciele organizacji");
        Page refused = resident.submit("/consultations/" + id + "/remarks/new", "/consultations/" + id + "/remarks/new",
                Map.of("proposal", "Uwaga mieszkańca"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text())
            .contains("W tych konsultacjach uwagi zgłaszają przedstawiciele organizacji pozarządowych.");

        Object[] ngo = ngoRepresentative();
        WebClient rep = loggedIn((String) ngo[0]);
        Page noOrg = rep.submit("/consultations/" + id + "/remarks/new", "/consultations/" + id + "/remarks/new",
                Map.of("proposal", "Uwaga bez organizacji"));
        assertThat(noOrg.text()).contains("Wybierz organizację, w której imieniu zgłaszasz uwagę.");
        Page otherOrg = rep.submit("/consultations/" + id + "/remarks/new", "/consultations/" + id + "/remarks/new",
                Map.of("proposal", "Cudza organizacja", "organizationId", "" + ((long) ngoRepresentative()[1])));
        assertThat(otherOrg.status()).as("crafted: an organisation they do not represent").isEqualTo(403);
    }

    @Test
    void remarkAfterTheEndIsRefusedWithAClearMessage() {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        long id = publish(official, form(jstId(POWIAT), subject(), today(), today().plusDays(7), "EVERYONE", DRAFT));
        WebClient resident = loggedIn(userWithRole(Role.RESIDENT, KLUCZEWSKO));
        Page form = resident.get("/consultations/" + id + "/remarks/new");
        long remark = remarkId(
                resident.post("/consultations/" + id + "/remarks/new", Map.of("proposal", "W terminie"), form.csrf()));

        clock.advance(Duration.ofDays(7)); // the last day still counts
        Page lastDay = resident.post("/consultations/" + id + "/remarks/new", Map.of("proposal", "Ostatni dzień"),
                form.csrf());
        assertThat(lastDay.status()).isEqualTo(302);
        clock.advance(Duration.ofDays(1));
        Page late = resident.post("/consultations/" + id + "/remarks/new", Map.of("proposal", "Po terminie"),
                form.csrf());
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.text()).contains("Termin zgłaszania uwag minął – uwaga nie została przyjęta.", "Po terminie");
        Page lateEdit = resident.post("/consultations/" + id + "/remarks/" + remark + "/edit",
                Map.of("proposal", "Poprawka po terminie"), form.csrf());
        assertThat(lateEdit.status()).isEqualTo(409);
        Page page = visitor().get("/consultations/" + id);
        assertThat(page.text()).contains("W terminie", "Ostatni dzień")
            .doesNotContain("Po terminie", "Poprawka po terminie");
    }

    @Test
    void authorEditsOwnRemarkButNobodyElseCan() {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        long id = publish(official, form(jstId(POWIAT), subject(), today(), today().plusDays(13), "EVERYONE", DRAFT));
        WebClient author = loggedIn(userWithRole(Role.RESIDENT, KLUCZEWSKO));
        Page form = author.get("/consultations/" + id + "/remarks/new");
        long remark = remarkId(author.post("/consultations/" + id + "/remarks/new",
                Map.of("proposal", "Pierwsza wersja uwagi"), form.csrf()));

        String editPath = "/consultations/" + id + "/remarks/" + remark + "/edit";
        Page edit = author.get(editPath);
        assertThat(edit.status()).isEqualTo(200);
        assertThat(edit.body()).contains("Pierwsza wersja uwagi");
        assertThat(author.post(editPath, Map.of("proposal", "Druga wersja uwagi"), edit.csrf()).status())
            .isEqualTo(302);

        WebClient other = loggedIn(userWithRole(Role.RESIDENT, KLUCZEWSKO));
        assertThat(other.get(editPath).status()).isEqualTo(403);
        String token = other.get("/consultations/" + id + "/remarks/new").csrf();
        assertThat(other.post(editPath, Map.of("proposal", "Podmieniona"), token).status()).isEqualTo(403);
        assertThat(official.post(editPath, Map.of("proposal", "Podmieniona"), official.get("/consultations/new").csrf())
            .status()).isEqualTo(403);
        assertThat(visitor().get("/consultations/" + id).text()).contains("Druga wersja uwagi")
            .doesNotContain("Podmieniona");
    }

    @Test
    void officialAnswersEveryRemarkBeforeClosingThenVersionTwoAndReport() throws Exception {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        String subject = subject();
        long id = publish(official, form(jstId(POWIAT), subject, today(), today().plusDays(13), "EVERYONE", DRAFT));
        List<Long> paragraphs = paragraphIds(visitor(), id);
        WebClient resident = loggedIn(userWithRole(Role.RESIDENT, KLUCZEWSKO));
        String token = resident.get("/consultations/" + id + "/remarks/new").csrf();
        long r1 = remarkId(resident.post("/consultations/" + id + "/remarks/new",
                Map.of("itemId", "" + paragraphs.get(2), "proposal", "Wydłużyć na lata 2027–2028."), token));
        long r2 = remarkId(resident.post("/consultations/" + id + "/remarks/new",
                Map.of("itemId", "" + paragraphs.get(2), "proposal", "Dodać rok 2028."), token));
        long r3 = remarkId(resident.post("/consultations/" + id + "/remarks/new",
                Map.of("proposal", "Uwaga do całości: więcej sportu."), token));

        // answering during the remarks period is refused
        Page early = official.submit("/consultations/" + id + "/answers", "/consultations/" + id + "/answers",
                Map.of("remarkIds", r1 + "", "decision", "ACCEPTED", "justification", "Za wcześnie"));
        assertThat(early.status()).isEqualTo(409);

        clock.advance(Duration.ofDays(14));
        Page paper = official.submit("/consultations/" + id + "/remarks/paper",
                "/consultations/" + id + "/remarks/paper",
                Map.of("authorName", "Zofia Papierowa", "source", "PAPER", "sourceNote", "Pismo z 3 marca", "proposal",
                        "Uwaga złożona na piśmie.", "itemId", "" + paragraphs.get(3)));
        long r4 = remarkId(paper);

        Page answers = official.get("/consultations/" + id + "/answers");
        assertThat(answers.status()).isEqualTo(200);
        assertThat(answers.text()).contains("Uwagi bez odpowiedzi: 4", "Zofia Papierowa");
        Page shared = official.post("/consultations/" + id + "/answers", Map.of("remarkIds", r1 + "," + r2, "decision",
                "ACCEPTED", "justification", "Program obejmie lata 2027–2028."), answers.csrf());
        assertThat(shared.status()).isEqualTo(302);
        official.post("/consultations/" + id + "/answers",
                Map.of("remarkIds", "" + r3, "decision", "OUT_OF_SCOPE", "justification", "Dotyczy innego programu."),
                answers.csrf());

        Page refused = official.post("/consultations/" + id + "/close", Map.of("conclusions", "Wnioski"),
                answers.csrf());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text()).contains("Nie można zamknąć konsultacji: 1 uwag(i) nie ma jeszcze odpowiedzi.");
        assertThat(visitor().get("/consultations/" + id + "/report").status()).isEqualTo(404);

        official.post("/consultations/" + id + "/answers",
                Map.of("remarkIds", "" + r4, "decision", "REJECTED", "justification", "Paragraf pozostaje bez zmian."),
                answers.csrf());

        Page versionForm = official.get("/consultations/" + id + "/versions/new");
        assertThat(versionForm.body()).contains("2. Program obowiązuje w roku 2027.");
        Page v2 = official.post("/consultations/" + id + "/versions/new",
                Map.of("draft", DRAFT.replace("w roku 2027.", "w latach 2027–2028.")), versionForm.csrf());
        assertThat(v2.status()).isEqualTo(302);
        assertThat(v2.location()).endsWith("/consultations/" + id + "/versions/2");
        Page diff = visitor().get("/consultations/" + id + "/versions/2");
        assertThat(diff.status()).isEqualTo(200);
        assertThat(diff.text()).contains("Zmieniony", "w roku 2027.", "w latach 2027–2028.",
                "Uwaga nr " + r1 + " (Test RESIDENT) – Uwaga uwzględniona", "Uwaga nr " + r2);
        assertThat(diff.text()).doesNotContain("Uwaga nr " + r4 + " ");

        Page closed = official.post("/consultations/" + id + "/close",
                Map.of("conclusions", "Projekt zmieniono w § 2."), answers.csrf());
        assertThat(closed.status()).isEqualTo(302);
        Page report = visitor().get("/consultations/" + id + "/report");
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.text()).contains(subject, "art. 5 ust. 5 ustawy", "BIP, tablica ogłoszeń",
                "Wszyscy zainteresowani", "Uwagi składane elektronicznie", "Liczba uczestników 2",
                "Wydłużyć na lata 2027–2028.", "Program obejmie lata 2027–2028.", "Uwaga poza zakresem projektu",
                "Uwaga złożona na piśmie.", "Paragraf pozostaje bez zmian.", "Projekt zmieniono w § 2.");
        HttpResponse<byte[]> pdf = visitor().getBytes("/consultations/" + id + "/report.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Raport z konsultacji", "Wydłużyć na lata 2027–2028.", "Uwaga uwzględniona",
                    "Paragraf pozostaje bez zmian.", "Projekt zmieniono w § 2.");
        }
        // after closing no more answers
        Page afterClose = official.post("/consultations/" + id + "/answers",
                Map.of("remarkIds", "" + r4, "decision", "ACCEPTED", "justification", "Zmiana zdania"), answers.csrf());
        assertThat(afterClose.status()).isEqualTo(409);
        assertThat(visitor().get("/consultations/" + id).text()).contains("Zamknięte – raport opublikowany",
                "Wersja 2");
    }

    @Test
    void officialOfAnotherJstGets403() {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        long id = publish(official, form(jstId(POWIAT), subject(), today(), today().plusDays(7), "EVERYONE", DRAFT));
        WebClient resident = loggedIn(userWithRole(Role.RESIDENT, KLUCZEWSKO));
        long remark = remarkId(resident.submit("/consultations/" + id + "/remarks/new",
                "/consultations/" + id + "/remarks/new", Map.of("proposal", "Uwaga")));
        clock.advance(Duration.ofDays(8));

        WebClient stranger = loggedIn(userWithRole(Role.OFFICIAL, SECEMIN));
        String token = stranger.get("/consultations/new").csrf();
        assertThat(stranger.get("/consultations/" + id + "/answers").status()).isEqualTo(403);
        assertThat(stranger
            .post("/consultations/" + id + "/answers",
                    Map.of("remarkIds", "" + remark, "decision", "REJECTED", "justification", "Nie"), token)
            .status()).isEqualTo(403);
        assertThat(stranger.post("/consultations/" + id + "/close", Map.of("conclusions", "x"), token).status())
            .isEqualTo(403);
        assertThat(stranger.post("/consultations/" + id + "/versions/new", Map.of("draft", "§ 1. x"), token).status())
            .isEqualTo(403);
        assertThat(stranger
            .post("/consultations/new", form(jstId(POWIAT), subject(), today(), today().plusDays(7), "EVERYONE", DRAFT),
                    token)
            .status()).isEqualTo(403);
        assertThat(resident.get("/consultations/new").status()).isEqualTo(403);
        assertThat(visitor().get("/consultations/" + id + "/answers").status()).isIn(302, 401, 403);
    }

    @Test
    void shortPeriodWarnsButPublishesAndBadInputGivesFieldErrors() {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        Page result = official.submit("/consultations/new", "/consultations/new",
                form(jstId(POWIAT), subject(), today(), today().plusDays(3), "EVERYONE", DRAFT));
        assertThat(result.status()).isEqualTo(302);
        Page page = official.get(result.location());
        assertThat(page.text()).contains("okres zgłaszania uwag jest krótszy niż minimum 7 dni");
        Page normal = official.get("/consultations/"
                + publish(official, form(jstId(POWIAT), subject(), today(), today().plusDays(6), "EVERYONE", DRAFT)));
        assertThat(normal.text()).doesNotContain("krótszy niż minimum");

        Map<String, String> bad = form(jstId(POWIAT), "<b>Temat</b>", today(), today().minusDays(2), "EVERYONE",
                "Rozdział 1. Tylko tytuł rozdziału");
        bad.put("forms", "");
        Page errors = official.submit("/consultations/new", "/consultations/new", bad);
        assertThat(errors.status()).isEqualTo(422);
        assertThat(errors.text()).contains("Wybierz co najmniej jedną formę konsultacji.");
        assertThat(errors.inputValue("subject")).isEqualTo("<b>Temat</b>");
        bad.put("forms", "PAPER");
        Page errors2 = official.submit("/consultations/new", "/consultations/new", bad);
        assertThat(errors2.text()).contains("Projekt musi mieć co najmniej jeden paragraf.");
        bad.put("draft", DRAFT);
        Page errors3 = official.submit("/consultations/new", "/consultations/new", bad);
        assertThat(errors3.text()).contains("Koniec nie może być wcześniej niż początek.");
        bad.put("endsOn", "nie-data");
        Page badDate = official.submit("/consultations/new", "/consultations/new", bad);
        assertThat(badDate.status()).isEqualTo(422);
        assertThat(badDate.text()).contains("Wpisz datę w formacie dd.mm.rrrr.");
        assertThat(badDate.inputValue("endsOn")).isEqualTo("nie-data");
        bad.put("endsOn", DateTimeFormatter.ofPattern("dd.MM.yyyy").format(today().plusDays(9)));
        bad.put("subject", subject());
        Page typedByHand = official.submit("/consultations/new", "/consultations/new", bad);
        assertThat(typedByHand.status()).as("a date typed dd.MM.yyyy, as the message asks, is read").isEqualTo(302);
    }

    @Test
    void meetingAndFeed() throws Exception {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        String subject = subject();
        long id = publish(official, form(jstId(POWIAT), subject, today(), today().plusDays(13), "EVERYONE", DRAFT));
        Page meeting = official.submit("/consultations/" + id + "/meetings/new",
                "/consultations/" + id + "/meetings/new", Map.of("startsAt", today().plusDays(3) + "T17:00", "place",
                        "Sala sesyjna starostwa", "onlineLink", "https://spotkanie.example/abc", "minutes", ""));
        assertThat(meeting.status()).isEqualTo(302);
        assertThat(visitor().get("/consultations/" + id).text()).contains("Otwarte spotkania", "Sala sesyjna starostwa",
                "17:00");

        Page feed = visitor().getWithAccept("/consultations/feed.atom", "application/atom+xml");
        assertThat(feed.status()).isEqualTo(200);
        SyndFeed parsed = new SyndFeedInput().build(new StringReader(feed.body()));
        assertThat(parsed.getEntries())
            .anyMatch(e -> e.getTitle().equals(subject) && e.getLink().endsWith("/consultations/" + id));
    }

}
