package pl.wspolnie.shared.feed;

import java.time.Instant;

/**
 * One entry of an Atom feed.
 *
 * @param id a stable IRI for the entry, e.g. the absolute URL of its page
 * @param url absolute link to the entry's page
 */
public record FeedEntry(String id, String title, String summary, String url, Instant updated) {
}
