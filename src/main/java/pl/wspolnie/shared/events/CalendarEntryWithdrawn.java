package pl.wspolnie.shared.events;

/**
 * Removes an entry earlier published with {@link CalendarEntryPublished} (e.g. a
 * cancelled meeting).
 */
public record CalendarEntryWithdrawn(String source, String sourceId) {
}
