package pl.wspolnie.calendar.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.validation.BindingResult;
import pl.wspolnie.calendar.domain.CalendarEvent;
import pl.wspolnie.calendar.domain.EventDetails;
import pl.wspolnie.shared.events.CalendarEntryType;
import pl.wspolnie.shared.time.ClockConfig;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The event form; start and end are datetime-local values (Warsaw time). */
record EventForm(Long jstId, @NotNull CalendarEntryType type,
        @NotBlank @Size(max = 300, message = "{calendar.field.tooLong}") String title,
        @Size(max = 5000, message = "{calendar.field.tooLong}") String description,
        @NotBlank @Size(max = 20) String start, @Size(max = 20) String end,
        @Size(max = 300, message = "{calendar.field.tooLong}") String place, List<String> spheres, Long version,
        Long organizationId,
        @Size(max = 500, message = "{calendar.field.tooLong}") @Pattern(regexp = "\\s*|https?://\\S+",
                message = "{calendar.link.invalid}") String link) {

    static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    static EventForm empty() {
        return new EventForm(null, CalendarEntryType.MEETING, "", "", "", "", "", List.of(), null, null, "");
    }

    static EventForm of(CalendarEvent e) {
        return new EventForm(e.getJstId(), e.getType(), e.getTitle(), e.getDescription(), format(e.getStartsAt()),
                e.getEndsAt() == null ? "" : format(e.getEndsAt()), e.getPlace(), e.getSphereCodes(), e.getVersion(),
                e.getOrganizationId(), e.getLink() == null ? "" : e.getLink());
    }

    private static String format(Instant at) {
        return INPUT.format(at.atZone(ClockConfig.WARSAW));
    }

    /** The details, or null after adding field errors for unreadable dates. */
    EventDetails details(BindingResult result) {
        Instant s = parse("start", start, result);
        Instant e = end == null || end.isBlank() ? null : parse("end", end, result);
        if (result.hasErrors()) {
            return null;
        }
        return new EventDetails(type, title.strip(), description, s, e, place, spheres == null ? List.of() : spheres,
                link);
    }

    private static Instant parse(String field, String value, BindingResult result) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip(), INPUT).atZone(ClockConfig.WARSAW).toInstant();
        }
        catch (DateTimeParseException ex) {
            if (!result.hasFieldErrors(field)) {
                result.rejectValue(field, "calendar.dateTime.invalid");
            }
            return null;
        }
    }

    public boolean hasSphere(String code) {
        return spheres != null && spheres.contains(code);
    }
}
