package pl.wspolnie.shared.attention;

import pl.wspolnie.shared.security.AuthenticatedUser;

import java.util.List;

/**
 * What one module asks of a person: implemented by a bean in each module (for example
 * {@code competitions.web.CompetitionsAttention}) and collected by the page "Co wymaga
 * mojej uwagi", so that no module depends on the page. Each source answers with one or a
 * few SQL queries, whatever the number of items (the page has a statement-count test),
 * and lists only links the person may open (the page is checked for links that answer
 * 403).
 */
public interface AttentionSource {

    /** The items for the logged-in person (called within the request of that person). */
    List<AttentionItem> itemsFor(AuthenticatedUser user);

}
