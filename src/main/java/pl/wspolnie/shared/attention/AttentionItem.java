package pl.wspolnie.shared.attention;

import pl.wspolnie.shared.security.Role;

import java.time.Instant;
import java.util.Objects;

/**
 * One thing that waits for the person on the page "Co wymaga mojej uwagi".
 *
 * @param role the role in which the person is asked (groups the page); {@code RESIDENT}
 * for what concerns anybody
 * @param kind message key of what it is ("Oferta do oceny formalnej")
 * @param title what it concerns, as its module names it (an offer's or a news item's
 * title)
 * @param link the page where the person acts; a source lists only links the person may
 * open
 * @param deadline by when, or null
 * @param at when it appeared (submitted, asked, applied); the page shows the newest first
 */
public record AttentionItem(Role role, String kind, String title, String link, Instant deadline, Instant at) {

    public AttentionItem {
        Objects.requireNonNull(role);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(link);
        Objects.requireNonNull(at);
        title = title == null ? "" : title;
    }

}
