package pl.wspolnie.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.shared.calendar.IcsCalendar;
import pl.wspolnie.shared.calendar.IcsEvent;
import pl.wspolnie.shared.feed.AtomFeeds;
import pl.wspolnie.shared.feed.FeedEntry;
import pl.wspolnie.shared.mail.Mailer;
import pl.wspolnie.shared.mail.OutgoingMail;
import pl.wspolnie.shared.pdf.PdfDocuments;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.TestMailServer;

/** The shared document writers produce files that real parsers read back. */
class SharedDocumentsTest extends IntegrationTest {

    @Autowired
    PdfDocuments pdfs;

    @Autowired
    Mailer mailer;

    @Test
    void pdfKeepsPolishLettersAndPrintsTheFooterOnEveryPage() throws Exception {
        List<String> lines = Collections.nCopies(120, "Zażółć gęślą jaźń — Stowarzyszenie Łączy Nas");
        byte[] pdf = pdfs.render("pdf/test-sample", Map.of("heading", "Oferta realizacji zadania publicznego", "lines",
                lines, "pdfFooter", "Suma kontrolna: 3f9a1c"), Locale.forLanguageTag("pl"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(document)).contains("Suma kontrolna: 3f9a1c");
            }
            assertThat(new PDFTextStripper().getText(document)).contains("Zażółć gęślą jaźń");
        }
    }

    @Test
    void icalendarParsesBackWithIcal4j() throws Exception {
        ZonedDateTime start = ZonedDateTime.of(2026, 12, 3, 10, 0, 0, 0, ZoneId.of("Europe/Warsaw"));
        String ics = IcsCalendar.write("Kalendarz Wspólnie",
                List.of(new IcsEvent("t-1@wspolnie", "Szkolenie: sprawozdania", "Opis, z przecinkiem; i średnikiem",
                        start, start.plusHours(2), "Włoszczowa, ul. Wiśniowa 10", "http://localhost/trainings/1")),
                Instant.parse("2026-11-21T10:00:00Z"));
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
        assertThat(event.getSummary().getValue()).isEqualTo("Szkolenie: sprawozdania");
        assertThat(event.getLocation().getValue()).isEqualTo("Włoszczowa, ul. Wiśniowa 10");
        assertThat(event.getDescription().getValue()).isEqualTo("Opis, z przecinkiem; i średnikiem");
        assertThat(event.getDateTimeStart().getValue()).isEqualTo("20261203T090000Z");
        calendar.validate();
    }

    @Test
    void atomParsesBackWithRome() throws Exception {
        String xml = AtomFeeds.write(
                "Konkursy — Powiat", "http://localhost/competitions/feed.atom", "http://localhost/competitions",
                "Wspólnie", List.of(new FeedEntry("http://localhost/competitions/1", "Konkurs <sport> & kultura",
                        "Dotacje 2027", "http://localhost/competitions/1", Instant.parse("2026-11-20T08:00:00Z"))),
                Instant.EPOCH);
        SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getEntries()).singleElement().satisfies(entry -> {
            assertThat(entry.getTitle()).isEqualTo("Konkurs <sport> & kultura");
            assertThat(entry.getLink()).isEqualTo("http://localhost/competitions/1");
        });
    }

    @Test
    void mailCarriesAttachments() throws Exception {
        String to = "zalacznik-" + System.nanoTime() + "@example.org";
        mailer.send(new OutgoingMail(to, "Potwierdzenie wizyty", "Treść",
                List.of(new OutgoingMail.Attachment("wizyta.ics", "text/calendar", "BEGIN:VCALENDAR".getBytes()))));
        TestMailServer.awaitMail(to, "Potwierdzenie");
        MimeMessage message = TestMailServer.mailsTo(to).get(0);
        Multipart parts = (Multipart) message.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("wizyta.ics");
    }

}
