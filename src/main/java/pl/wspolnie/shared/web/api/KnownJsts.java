package pl.wspolnie.shared.web.api;

import java.util.Optional;

/**
 * The JSTs the API knows (the partnership module answers): a filter on an unknown JST is
 * a 400 rather than an empty list, and the data sets' distributions carry the JST's name.
 */
public interface KnownJsts {

    /** The name of the JST, empty when there is no such JST. */
    Optional<String> name(long id);

    default boolean exists(long id) {
        return name(id).isPresent();
    }

}
