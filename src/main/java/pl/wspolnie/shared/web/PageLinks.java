package pl.wspolnie.shared.web;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Builds links to other pages of the current list while keeping its filters
 * ({@code ${@links.withParam('page', 2)}}).
 */
@Component("links")
public class PageLinks {

    /**
     * The current request path and query with one parameter replaced (removed when value
     * is null). The path and query are taken as the browser sent them, already
     * percent-encoded, and kept so: encoding them again turned a search for "Łódź" into a
     * search for "%C5%81..." on the next page. The value must be plain (a page number).
     */
    public String withParam(String name, Object value) {
        ServletUriComponentsBuilder b = ServletUriComponentsBuilder.fromCurrentRequest();
        b.replaceQueryParam(name, value == null ? new Object[0] : new Object[] { value });
        String full = b.build().toUriString();
        return full.replaceFirst("^https?://[^/]+", "");
    }

}
