package pl.wspolnie.shared.feed;

import java.time.Instant;

/**
 * One entry of an Atom feed.
 *
 * @param id a stable IRI for the entry, e.g. the absolute URL of its page
 * @param url absolute link to the entry's page
 * @param updated when the entry last changed in a way a reader should see (e.g. a
 * consultation closed with its report)
 * @param author who published the entry; null: the feed's author
 */
public record FeedEntry(String id, String title, String summary, String url, Instant updated, String author) {

    /** An entry published by the feed's author. */
    public FeedEntry(String id, String title, String summary, String url, Instant updated) {
        this(id, title, summary, url, updated, null);
    }

}
