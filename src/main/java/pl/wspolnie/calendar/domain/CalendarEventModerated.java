package pl.wspolnie.calendar.domain;

/** A liaison officer or centre staff approved or rejected an NGO's proposed event. */
public record CalendarEventModerated(long eventId) {
}
