package pl.wspolnie.subscriptions;

import pl.wspolnie.shared.events.ContentType;

import java.time.Instant;
import java.util.List;

/**
 * An item some module published (from ContentPublished), as stored for mails and the
 * bulletin digest.
 */
public record PublishedItem(long id, ContentType type, String sourceId, String title, String summary, String path,
        Long jstId, List<String> sphereCodes, Instant publishedAt) {
}
