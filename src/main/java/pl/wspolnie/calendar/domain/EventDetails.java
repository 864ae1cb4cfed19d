package pl.wspolnie.calendar.domain;

import pl.wspolnie.shared.events.CalendarEntryType;

import java.time.Instant;
import java.util.List;

/**
 * What an organiser enters about an event; {@code end} and {@code link} (an address with
 * more about the event) may be null.
 */
public record EventDetails(CalendarEntryType type, String title, String description, Instant start, Instant end,
        String place, List<String> sphereCodes, String link) {
}
