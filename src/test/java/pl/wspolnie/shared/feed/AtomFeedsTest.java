package pl.wspolnie.shared.feed;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.Date;

/** Issue 14, point 10: every entry has an author, and the newest change comes first. */
class AtomFeedsTest {

    @Test
    void entriesAreNewestFirstAndEachNamesItsAuthor() throws Exception {
        Instant t = Instant.parse("2026-12-01T10:00:00Z");
        String xml = AtomFeeds.write("Konsultacje", "https://x/feed.atom", "https://x/", "Wspólnie",
                List.of(new FeedEntry("https://x/1", "Starsza", "a", "https://x/1", t),
                        new FeedEntry("https://x/2", "Najnowsza", "b", "https://x/2", t.plusSeconds(7200),
                                "Wspólnie — Gmina Secemin"),
                        new FeedEntry("https://x/3", "Środkowa", "c", "https://x/3", t.plusSeconds(3600))),
                t);
        SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));
        assertThat(feed.getEntries()).extracting(SyndEntry::getTitle)
            .containsExactly("Najnowsza", "Środkowa", "Starsza");
        assertThat(feed.getEntries()).extracting(SyndEntry::getAuthor)
            .containsExactly("Wspólnie — Gmina Secemin", "Wspólnie", "Wspólnie");
        assertThat(xml).doesNotContain("<name />").doesNotContain("<name></name>");
        assertThat(feed.getPublishedDate()).isEqualTo(Date.from(t.plusSeconds(7200)));
    }

}
