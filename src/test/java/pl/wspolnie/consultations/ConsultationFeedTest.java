package pl.wspolnie.consultations;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.junit.jupiter.api.Test;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;

import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, point 10: the consultations' Atom feed names the JST as each entry's author,
 * is ordered by date and updates an entry when its consultation closes.
 */
class ConsultationFeedTest extends IntegrationTest {

    private SyndFeed feed() throws Exception {
        return new SyndFeedInput().build(
                new StringReader(visitor().getWithAccept("/consultations/feed.atom", "application/atom+xml").body()));
    }

    @Test
    void closingAConsultationUpdatesItsEntryAndEntriesAreNewestFirst() throws Exception {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, SECEMIN));
        LocalDate today = LocalDate.now(clock);
        String subject = "Konsultacje do zamknięcia " + TestOrganizations.word();
        long id = ConsultationFixtures.publish(official, ConsultationFixtures.form(jstId(SECEMIN), subject, today,
                today.plusDays(13), "NGOS", ConsultationFixtures.DRAFT));
        SyndEntry opened = entry(feed(), subject);
        assertThat(opened.getAuthor()).isEqualTo("Wspólnie — Gmina Secemin");

        clock.advance(Duration.ofDays(15));
        String token = official.get("/consultations/" + id + "/answers").csrf();
        assertThat(official.post("/consultations/" + id + "/close", Map.of("conclusions", "Bez uwag."), token).status())
            .isEqualTo(302);
        SyndFeed after = feed();
        SyndEntry closed = entry(after, subject);
        assertThat(closed.getUpdatedDate()).isAfter(opened.getUpdatedDate());
        assertThat(closed.getDescription().getValue()).contains("Konsultacje zamknięte, opublikowano raport.");
        List<SyndEntry> entries = after.getEntries();
        for (int i = 1; i < entries.size(); i++) {
            assertThat(entries.get(i).getUpdatedDate()).isBeforeOrEqualTo(entries.get(i - 1).getUpdatedDate());
        }
        assertThat(entries).allSatisfy(e -> assertThat(e.getAuthor()).isNotBlank());
    }

    private static SyndEntry entry(SyndFeed feed, String subject) {
        return feed.getEntries().stream().filter(e -> e.getTitle().equals(subject)).findFirst().orElseThrow();
    }

}
