package pl.wspolnie.shared.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

/** Writes Atom 1.0 feeds (RFC 4287) with ROME. */
public final class AtomFeeds {

    public static final String MEDIA_TYPE = "application/atom+xml;charset=UTF-8";

    private AtomFeeds() {
    }

    /**
     * @param selfUrl absolute URL of the feed itself (also its id)
     * @param pageUrl absolute URL of the HTML page the feed mirrors
     * @param author the publishing body, e.g. "Wspólnie — Powiat włoszczowski"
     * @param empty when there are no entries, the feed's "updated" time
     */
    public static String write(String title, String selfUrl, String pageUrl, String author, List<FeedEntry> entries,
            Instant empty) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(title);
        feed.setUri(selfUrl);
        feed.setAuthor(author);
        feed.setLink(pageUrl);
        List<SyndLink> links = new ArrayList<>();
        links.add(link("alternate", pageUrl, "text/html"));
        links.add(link("self", selfUrl, "application/atom+xml"));
        feed.setLinks(links);
        Instant updated = entries.stream().map(FeedEntry::updated).max(Comparator.naturalOrder()).orElse(empty);
        feed.setPublishedDate(Date.from(updated));
        List<SyndEntry> items = new ArrayList<>();
        // newest change first (RFC 4287 leaves the order to the publisher; readers and
        // people expect this one), and every entry names its author (atom:author)
        List<FeedEntry> ordered = entries.stream()
            .sorted(Comparator.comparing(FeedEntry::updated).reversed().thenComparing(FeedEntry::id))
            .toList();
        for (FeedEntry entry : ordered) {
            SyndEntry item = new SyndEntryImpl();
            item.setUri(entry.id());
            item.setTitle(entry.title());
            item.setLink(entry.url());
            item.setUpdatedDate(Date.from(entry.updated()));
            item.setAuthor(entry.author() == null || entry.author().isBlank() ? author : entry.author());
            item.setPublishedDate(Date.from(entry.updated()));
            if (entry.summary() != null && !entry.summary().isBlank()) {
                SyndContent summary = new SyndContentImpl();
                summary.setType("text");
                summary.setValue(entry.summary());
                item.setDescription(summary);
            }
            items.add(item);
        }
        feed.setEntries(items);
        try {
            return new SyndFeedOutput().outputString(feed, true);
        }
        catch (FeedException e) {
            throw new IllegalStateException("Atom feed could not be written", e);
        }
    }

    private static SyndLink link(String rel, String href, String type) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }

}
