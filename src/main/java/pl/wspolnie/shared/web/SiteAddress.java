package pl.wspolnie.shared.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The platform's public address (wspolnie.base-url) for the links that leave the request:
 * the entries of an Atom or iCalendar feed, the addresses printed in a PDF.
 */
@Component
public class SiteAddress {

    private final String base;

    SiteAddress(@Value("${wspolnie.base-url}") String base) {
        this.base = base.replaceAll("/+$", "");
    }

    /** The absolute address of a path of the platform ({@code /competitions/12}). */
    public String of(String path) {
        return base + path;
    }

}
