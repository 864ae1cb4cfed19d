package pl.wspolnie.shared.events;

import java.time.ZonedDateTime;
import java.util.Set;

/**
 * A module publishes this so that a dated item of its own appears in the common calendar
 * (and its iCalendar feeds); modules never call the calendar directly. Publishing again
 * with the same {@code source} and {@code sourceId} replaces the entry.
 *
 * @param source owning module, e.g. "competitions"
 * @param sourceId the item's id within that module
 * @param end may be null (a point in time, e.g. an offer deadline)
 * @param jstId the JST the item belongs to, or null for the whole partnership
 * @param sphereCodes codes of spheres of public benefit (may be empty)
 * @param path the item's page, relative to the site root (e.g. "/competitions/12")
 */
public record CalendarEntryPublished(String source, String sourceId, CalendarEntryType type, String title,
        String description, ZonedDateTime start, ZonedDateTime end, String place, Long jstId, Set<String> sphereCodes,
        String path) {

    public CalendarEntryPublished {
        sphereCodes = sphereCodes == null ? Set.of() : Set.copyOf(sphereCodes);
    }
}
