package pl.wspolnie.shared.web.api;

/**
 * Tells the API whether a JST id exists (the partnership module answers it), so a filter
 * on an unknown JST is a 400 rather than an empty list.
 */
public interface KnownJsts {

    boolean exists(long id);

}
