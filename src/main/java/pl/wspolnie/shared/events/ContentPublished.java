package pl.wspolnie.shared.events;

import java.time.Instant;
import java.util.Set;

/**
 * A module publishes this when something becomes public that subscribers may want to hear
 * about (a competition announced, its results, a consultation opened, ...). The
 * information module notifies subscribers (by JST, sphere and content type) and offers it
 * to the bulletin digest. Publishing again with the same {@code type} and
 * {@code sourceId} updates the item.
 *
 * @param path the item's page, relative to the site root
 * @param jstId the JST the item belongs to, or null for the whole partnership
 */
public record ContentPublished(ContentType type, String sourceId, String title, String summary, String path, Long jstId,
        Set<String> sphereCodes, Instant publishedAt) {

    public ContentPublished {
        sphereCodes = sphereCodes == null ? Set.of() : Set.copyOf(sphereCodes);
    }
}
