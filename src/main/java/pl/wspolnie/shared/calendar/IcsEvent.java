package pl.wspolnie.shared.calendar;

import java.time.ZonedDateTime;

/**
 * One VEVENT of an iCalendar file.
 *
 * @param uid globally unique and stable for the item, e.g. "training-12@wspolnie"
 * @param end may be null (then the event lasts one hour)
 * @param url absolute link back to the item's page
 * @param sequence the revision of the event (RFC 5545 SEQUENCE): a later file about the
 * same UID (a change or a cancellation) carries a higher number
 */
public record IcsEvent(String uid, String summary, String description, ZonedDateTime start, ZonedDateTime end,
        String location, String url, int sequence) {

    /** The first revision (SEQUENCE 0, written as the default). */
    public IcsEvent(String uid, String summary, String description, ZonedDateTime start, ZonedDateTime end,
            String location, String url) {
        this(uid, summary, description, start, end, location, url, 0);
    }

}
