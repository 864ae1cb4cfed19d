package pl.wspolnie.shared.domain;

/**
 * The subject of a page or a step does not exist (or is not visible to this person):
 * shown as 404.
 */
public final class NotFound extends DomainException {

    /**
     * What was looked for, for the log ("offer 12"); the user sees the common 404 page.
     */
    public NotFound(String what) {
        super("error.404.text", what);
    }

}
