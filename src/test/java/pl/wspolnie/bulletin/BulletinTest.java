package pl.wspolnie.bulletin;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import pl.wspolnie.calendar.Eventually;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.events.ContentPublished;
import pl.wspolnie.shared.events.ContentType;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.shared.time.ClockConfig;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.PublishedContent;
import pl.wspolnie.support.TestMailServer;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import java.time.ZonedDateTime;
import java.util.List;
import pl.wspolnie.shared.events.CalendarEntryPublished;
import pl.wspolnie.shared.events.CalendarEntryType;
import pl.wspolnie.shared.pdf.PdfUa;

class BulletinTest extends IntegrationTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    private void published(ContentType type, String sourceId, String title, String summary, long jstId) {
        PublishedContent.publishAndAwait(tx, events, jdbc, new ContentPublished(type, sourceId, title, summary,
                "/" + type.name().toLowerCase() + "/" + sourceId, jstId, Set.of("kultura"), clock.instant()));
    }

    @Test
    void anEditorProposesReordersTrimsAndPublishesAnIssueAsPdfAndNewsletter() throws Exception {
        String word = TestOrganizations.word();
        String subscriber = plainUser();
        WebClient reader = loggedIn(subscriber);
        assertThat(reader
            .submit("/account/subscriptions", "/account/subscriptions",
                    Map.of("newsletter", "true", "jst", String.valueOf(jstId(SECEMIN))))
            .status()).isEqualTo(302);

        published(ContentType.COMPETITION, "k-" + word, "Konkurs na zajęcia " + word,
                "Zażółć gęślą jaźń — oferty do piątku", jstId(SECEMIN));
        published(ContentType.COMPETITION_RESULT, "w-" + word, "Wyniki konkursu " + word, "Dotacje dla 5 organizacji",
                jstId(SECEMIN));
        published(ContentType.NOTICE, "n-" + word, "Ogłoszenie " + word, "Szukamy wolontariuszy", jstId(SECEMIN));
        published(ContentType.NEWS, "x-" + word, "Obce " + word, "Z innej gminy", jstId(KLUCZEWSKO));

        WebClient editor = loggedIn(userWithRole(Role.OFFICIAL, SECEMIN));
        LocalDate today = LocalDate.now(clock.withZone(ClockConfig.WARSAW));
        Page proposed = editor.submit("/bulletin/new", "/bulletin/new", Map.of("jstId", String.valueOf(jstId(SECEMIN)),
                "from", today.minusDays(1).toString(), "to", today.toString()));
        String edit = proposed.redirectPath();
        Page form = editor.get(edit);
        assertThat(form.text()).contains("Konkurs na zajęcia " + word, "Wyniki konkursu " + word, "Ogłoszenie " + word)
            .doesNotContain("Obce " + word);

        // the results first, the competition trimmed, the notice removed
        String body = form.body();
        String competition = idOf(body, "Konkurs na zajęcia " + word);
        String results = idOf(body, "Wyniki konkursu " + word);
        String notice = idOf(body, "Ogłoszenie " + word);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("position-" + results, "1");
        fields.put("position-" + competition, "2");
        fields.put("summary-" + competition, "Zażółć gęślą jaźń");
        fields.put("remove-" + notice, "true");
        fields.put("publish", "true");
        // only the JST's editors may publish
        WebClient stranger = loggedIn(userWithRole(Role.OFFICIAL, KLUCZEWSKO));
        assertThat(stranger.post(edit, fields, stranger.get("/bulletin").csrf()).status()).isEqualTo(403);
        Page done = editor.post(edit, fields, form.csrf());
        assertThat(done.status()).isEqualTo(302);

        Page archive = visitor().get("/bulletin");
        String pdfPath = archive.body()
            .replaceAll("(?s).*href=\"(/bulletin/\\d+\\.pdf)\"[^>]*>Biuletyn nr \\d+ — Gmina Secemin.*", "$1");
        byte[] pdf = visitor().getBytes(pdfPath).body();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).isBetween(594f, 596f); // A4
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Gmina Secemin", "Zażółć gęślą jaźń", "Wyniki konkursu " + word)
                .doesNotContain("Ogłoszenie " + word, "oferty do piątku");
            assertThat(text).containsPattern("Nr \\d+, informacje z okresu");
            // a title may wrap inside its column: compare positions in the text with line
            // breaks as spaces
            String flat = text.replaceAll("\\s+", " ");
            assertThat(flat).contains("Konkurs na zajęcia " + word);
            assertThat(flat.indexOf("Wyniki konkursu " + word)).isLessThan(flat.indexOf("Konkurs na zajęcia " + word));
        }

        TestMailServer.awaitMail(subscriber, "Biuletyn nr");
        MimeMessage message = TestMailServer.mailsTo(subscriber).stream().filter(m -> {
            try {
                return m.getSubject().contains("Biuletyn nr");
            }
            catch (Exception e) {
                return false;
            }
        }).findFirst().orElseThrow();
        StringBuilder text = new StringBuilder();
        StringBuilder types = new StringBuilder();
        collect((MimeMultipart) message.getContent(), text, types);
        assertThat(types.toString().toLowerCase()).as("PDF attached").contains("application/pdf");
        assertThat(text.toString()).contains("Wyniki konkursu " + word, "http://localhost/competition_result/w-" + word,
                "http://localhost/bulletin/");
    }

    @Test
    void aMistypedPeriodComesBackAtItsFieldWithWhatWasTyped() {
        WebClient editor = loggedIn(userWithRole(Role.OFFICIAL, SECEMIN));
        Page refused = editor.submit("/bulletin/new", "/bulletin/new",
                Map.of("jstId", String.valueOf(jstId(SECEMIN)), "from", "1 marca", "to", "31.03.2031"));
        assertThat(refused.status()).as("a form with an error: 422, as every form").isEqualTo(422);
        assertThat(refused.text()).contains("Od dnia: Wpisz datę w formacie dd.mm.rrrr.");
        assertThat(refused.body()).contains("value=\"1 marca\"", "value=\"31.03.2031\"");
    }

    @Test
    void eventsAndTrainingsCarryTheirDateAndEveryItemItsFullAddress() throws Exception {
        String word = TestOrganizations.word();
        long jst = jstId(SECEMIN);
        ZonedDateTime start = ZonedDateTime.of(2031, 5, 14, 10, 0, 0, 0, ClockConfig.WARSAW);
        String eventPath = "/calendar/events/x" + word;
        String trainingPath = "/centre/trainings/x" + word;
        tx.executeWithoutResult(s -> {
            events.publishEvent(new CalendarEntryPublished("calendar", "x" + word, CalendarEntryType.EVENT,
                    "Festyn " + word, "", start, start.plusHours(4), "Rynek w Seceminie", jst, Set.of(), eventPath));
            events.publishEvent(new CalendarEntryPublished("centre", "training-x" + word, CalendarEntryType.TRAINING,
                    "Szkolenie " + word, "", start.plusDays(1), start.plusDays(1).plusHours(3), "Sala COP", jst,
                    Set.of(), trainingPath));
            events.publishEvent(new ContentPublished(ContentType.EVENT, "x" + word, "Festyn " + word, "Zapraszamy",
                    eventPath, jst, Set.of(), clock.instant()));
            events.publishEvent(new ContentPublished(ContentType.TRAINING, "training-x" + word, "Szkolenie " + word,
                    "Księgowość organizacji", trainingPath, jst, Set.of(), clock.instant()));
        });
        Eventually.await("stored " + word,
                () -> jdbc.sql("select count(*) from published_content where title like :t")
                    .param("t", "%" + word)
                    .query(Long.class)
                    .single() == 2
                        && jdbc.sql("select count(*) from calendar_entry where path in (:p)")
                            .param("p", List.of(eventPath, trainingPath))
                            .query(Long.class)
                            .single() == 2);

        WebClient editor = loggedIn(userWithRole(Role.OFFICIAL, SECEMIN));
        LocalDate today = LocalDate.now(clock.withZone(ClockConfig.WARSAW));
        Page proposed = editor.submit("/bulletin/new", "/bulletin/new",
                Map.of("jstId", String.valueOf(jst), "from", today.toString(), "to", today.toString()));
        String edit = proposed.redirectPath();
        assertThat(editor.submit(edit, edit, Map.of("publish", "true")).status()).isEqualTo(302);
        long id = Long.parseLong(edit.replaceAll("\\D+", ""));
        byte[] pdf = visitor().getBytes("/bulletin/" + id + ".pdf").body();
        String flat = PdfUa.text(pdf).replaceAll("\\s+", " ");
        assertThat(flat).contains("Termin: 14.05.2031, 10:00–14:00, Rynek w Seceminie",
                "Termin: 15.05.2031, 10:00–13:00, Sala COP", "http://localhost" + eventPath,
                "http://localhost" + trainingPath);
        assertThat(PdfUa.failedRules(pdf)).isEmpty();
    }

    private static void collect(MimeMultipart parts, StringBuilder text, StringBuilder types) throws Exception {
        for (int i = 0; i < parts.getCount(); i++) {
            var part = parts.getBodyPart(i);
            types.append(part.getContentType()).append('\n');
            Object content = part.getContent();
            if (content instanceof MimeMultipart nested) {
                collect(nested, text, types);
            }
            else if (content instanceof String s) {
                text.append(s);
            }
        }
    }

    private static String idOf(String body, String title) {
        int at = body.indexOf("<legend>" + title + "</legend>");
        assertThat(at).as("entry " + title).isPositive();
        return body.substring(at).replaceAll("(?s)^.*?id=\"position-(\\d+)\".*", "$1");
    }

}
