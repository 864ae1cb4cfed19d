package pl.wspolnie.shared.calendar;

import java.time.ZonedDateTime;

/**
 * One VEVENT of an iCalendar file.
 *
 * @param uid globally unique and stable for the item, e.g. "training-12@wspolnie"
 * @param end may be null (then the event lasts one hour)
 * @param url absolute link back to the item's page
 */
public record IcsEvent(String uid, String summary, String description, ZonedDateTime start, ZonedDateTime end,
        String location, String url) {
}
