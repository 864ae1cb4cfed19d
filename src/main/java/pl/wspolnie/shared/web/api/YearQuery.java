package pl.wspolnie.shared.web.api;

import pl.wspolnie.shared.database.PublicRows;

/**
 * A list query of public records that carry their year (a competition's, an edition's
 * budget year), as the API's lists and the data sets read it.
 */
@FunctionalInterface
public interface YearQuery<R> {

    PublicRows<R> page(Long jst, Integer year, int offset, int limit);

    /** One page of the records the filter asks for. */
    default PublicRows<R> page(ApiFilter filter, int offset, int limit) {
        return page(filter.jst(), filter.year(), offset, limit);
    }

}
