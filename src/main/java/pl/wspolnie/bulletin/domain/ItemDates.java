package pl.wspolnie.bulletin.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When and where a published event or training takes place: the common calendar's entry
 * with the same page path (events and trainings publish the same path to the calendar and
 * to subscribers). Reads the calendar's table; the calendar module has no read API for
 * other modules yet.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ItemDates {

    record When(Instant startsAt, Instant endsAt, String place) {
    }

    private final JdbcClient jdbc;

    Optional<When> of(String path) {
        return jdbc.sql("select starts_at, ends_at, place from calendar_entry where path = :path order by id limit 1")
            .param("path", path)
            .query((rs, n) -> new When(rs.getTimestamp(1).toInstant(),
                    rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant(), rs.getString(3)))
            .optional();
    }

}
