package pl.wspolnie.shared.events;

import java.time.LocalDate;

/**
 * A module publishes this so that an announcement about funding from a JST appears on the
 * notice board until {@code expiresOn} (a small grant's offer published for remarks, art.
 * 19a ust. 3); modules never call the notice board directly. Publishing again with the
 * same {@code path} replaces the entry.
 *
 * @param jstId the JST whose board shows it (its funder)
 * @param authorId the person whose action published it (the board's author)
 * @param path the item's page, relative to the site root: the notice's link and key
 * @param expiresOn the last day the board shows it
 */
public record NoticeEntryPublished(long jstId, long authorId, String title, String description, String path,
        LocalDate expiresOn) {
}
