package pl.wspolnie.shared.web;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Builds links to other pages of the current list while keeping its filters ({@code ${@links.withParam('page', 2)}}). */
@Component("links")
public class PageLinks {

    /** The current request path and query with one parameter replaced (removed when value is null). */
    public String withParam(String name, Object value) {
        ServletUriComponentsBuilder b = ServletUriComponentsBuilder.fromCurrentRequest();
        b.replaceQueryParam(name, value == null ? new Object[0] : new Object[]{value});
        String full = b.build().encode().toUriString();
        return full.replaceFirst("^https?://[^/]+", "");
    }
}
