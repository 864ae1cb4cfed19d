package pl.wspolnie.shared.web.api;

import pl.wspolnie.shared.database.PublicRows;

import java.time.Instant;

/**
 * A list query of public records bounded in time (news, notices, calendar entries): the
 * API's year filter asks for the calendar year in Warsaw ({@link ApiFilter#from()},
 * {@link ApiFilter#until()}).
 */
@FunctionalInterface
public interface SpanQuery<R> {

    PublicRows<R> page(Long jst, Instant from, Instant until, int offset, int limit);

    /** One page of the records the filter asks for. */
    default PublicRows<R> page(ApiFilter filter, int offset, int limit) {
        return page(filter.jst(), filter.from(), filter.until(), offset, limit);
    }

}
