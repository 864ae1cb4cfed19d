package pl.wspolnie.news;

import com.microsoft.playwright.options.FilePayload;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.io.SyndFeedInput;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.browser.BrowserTest;
import pl.wspolnie.calendar.Eventually;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.subscriptions.Frequency;
import pl.wspolnie.subscriptions.domain.Digests;
import pl.wspolnie.support.TestMailServer;

import java.io.StringReader;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import pl.wspolnie.shared.time.ClockConfig;

/**
 * The story of the information exchange in the browser, every page checked with axe: a
 * resident subscribes to a daily digest; an official publishes news with an image
 * (uploaded, then shown in the text with its alternative text) — it is in the list, in
 * the Atom feed (parsed with ROME) and in the digest mail; the official adds a meeting —
 * it is in the month grid, the list view and the iCalendar feed (parsed with ical4j).
 */
class InformationBrowserTest extends BrowserTest {

    @Autowired
    Digests digests;

    @Test
    void newsWithAnImageReachesTheListFeedAndDigestAndAnEventReachesTheCalendarAndIcsFeed() throws Exception {
        String word = TestOrganizations.word();
        String title = "Festyn " + word;

        // a resident asks for a daily digest of news from the powiat
        String resident = plainUser();
        loginAs(resident);
        open("/account/subscriptions");
        page.check("#freq-NEWS-DAILY");
        page.check("#jst-" + jstId(POWIAT));
        page.check("#newsletter");
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("main .notice")).isVisible();
        context.clearCookies();

        // an official writes the news
        loginAs(userWithRole(Role.OFFICIAL, KLUCZEWSKO));
        open("/news/new");
        page.selectOption("#jstId", String.valueOf(jstId(KLUCZEWSKO)));
        page.fill("#title", title);
        page.fill("#lead", "Zapraszamy całe rodziny");
        page.fill("#body", "<h2>Program</h2><p>Gry i zabawy</p>");
        page.check("#sphere-kultura");
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("main h1")).hasText(title);
        String newsPath = localPath(page.url());

        // uploads a poster and shows it in the text; without alt text it is refused, the
        // text kept
        page.click("main a[href$='/edit']");
        checkAxe();
        page.setInputFiles("#file", new FilePayload("plakat.png", "image/png", NewsTest.png()));
        navigateBy(() -> page.click("main form[enctype] button[type=submit]"));
        String imagePath = page.locator("main a[href*='/attachments/']").first().getAttribute("href");
        page.fill("#body", "<h2>Program</h2><p>Gry i zabawy</p><img src=\"" + imagePath + "\">");
        navigateBy(() -> page.click("main form:not([enctype]) button[type=submit]"));
        assertThat(page.locator("#body-error")).containsText("tekst alternatywny");
        assertThat(page.locator("#body"))
            .hasValue("<h2>Program</h2><p>Gry i zabawy</p><img src=\"" + imagePath + "\">");
        page.fill("#body", "<h2>Program</h2><p>Gry i zabawy</p><img src=\"" + imagePath + "\" alt=\"Plakat festynu\">");
        navigateBy(() -> page.click("main form:not([enctype]) button[type=submit]"));
        assertThat(page.locator("main .rich-text img[alt='Plakat festynu']")).isVisible();
        assertThat(page.evaluate("document.querySelector('main .rich-text img').naturalWidth")).isEqualTo(4);

        // anyone sees it in the list and in the Atom feed
        context.clearCookies();
        open("/news?q=" + word);
        assertThat(page.locator("main .cards a")).hasText(title);
        open(newsPath);
        List<SyndEntry> feed = new SyndFeedInput()
            .build(new StringReader(page.request().get(base() + "/news/feed.atom?jst=" + jstId(KLUCZEWSKO)).text()))
            .getEntries();
        assertThat(feed).extracting(SyndEntry::getTitle).contains(title);

        // the next morning's digest brings it to the resident
        Eventually.await("news stored for the digests",
                () -> jdbc.sql("select count(*) from published_content where title = :t")
                    .param("t", title)
                    .query(Long.class)
                    .single() == 1);
        clock.advance(Duration.ofDays(1));
        digests.send(Frequency.DAILY);
        String mail = TestMailServer.awaitMail(resident, "dzienny przegląd");
        assertThat(mail).contains(title, "http://localhost" + newsPath);

        // the official adds a meeting to the calendar
        ZonedDateTime start = ZonedDateTime.now(clock).plusDays(5).withHour(18).withMinute(0);
        loginAs(userWithRole(Role.CENTRE_STAFF, KLUCZEWSKO));
        open("/calendar/events/new");
        page.selectOption("#jstId", String.valueOf(jstId(KLUCZEWSKO)));
        page.selectOption("#type", "MEETING");
        page.fill("#title", "Spotkanie " + word);
        page.fill("#start", start.toLocalDateTime().toString().substring(0, 16));
        page.fill("#place", "Świetlica w Kluczewsku");
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("main h1")).hasText("Spotkanie " + word);

        String month = YearMonth.from(start).toString();
        context.clearCookies();
        Eventually.await("event in the calendar",
                () -> page.request().get(base() + "/calendar?month=" + month).text().contains("Spotkanie " + word));
        open("/calendar?month=" + month + "&jst=" + jstId(KLUCZEWSKO));
        assertThat(page.locator("main table.month-grid a", new Page.LocatorOptions().setHasText("Spotkanie " + word)))
            .isVisible();
        open("/calendar?view=list&month=" + month);
        page.click("main .cards a:text('Spotkanie " + word + "')");
        checkAxe();
        String ics = page.request().get(base() + page.locator("main a[href$='.ics']").getAttribute("href")).text();
        List<VEvent> single = new CalendarBuilder().build(new StringReader(ics)).getComponents("VEVENT");
        assertThat(single).hasSize(1);
        assertThat(single.get(0).getLocation().getValue()).isEqualTo("Świetlica w Kluczewsku");
        List<VEvent> all = new CalendarBuilder()
            .build(new StringReader(page.request().get(base() + "/calendar.ics?jst=" + jstId(POWIAT)).text()))
            .getComponents("VEVENT");
        assertThat(all.stream().map(e -> e.getSummary().getValue())).contains("Spotkanie " + word);

        // the centre's editor makes the bulletin of the last days: the news is proposed;
        // publishing gives the PDF and
        // the newsletter
        Eventually.await("event stored for the bulletin",
                () -> jdbc.sql("select count(*) from published_content where title = :t")
                    .param("t", "Spotkanie " + word)
                    .query(Long.class)
                    .single() == 1);
        loginAs(userWithRole(Role.CENTRE_STAFF, KLUCZEWSKO));
        open("/bulletin/new");
        LocalDate today = LocalDate.now(clock.withZone(ClockConfig.WARSAW));
        page.selectOption("#jstId", String.valueOf(jstId(KLUCZEWSKO)));
        page.fill("#from", today.minusDays(2).toString());
        page.fill("#to", today.toString());
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("main legend", new Page.LocatorOptions().setHasText(title))).isVisible();
        navigateBy(() -> page.click("main button[name=publish]"));
        assertThat(page.locator("main .notice")).isVisible();
        String pdfLink = page.locator("main table a[href$='.pdf']").first().getAttribute("href");
        byte[] pdf = page.request().get(base() + pdfLink).body();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Gmina Kluczewsko", title, "Spotkanie " + word, "Zapraszamy całe rodziny");
        }
        String newsletter = TestMailServer.awaitMail(resident, "Biuletyn nr");
        assertThat(newsletter).isNotNull();
    }

}
