package pl.wspolnie.calendar;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every .ics file a test downloads or receives goes through here: parsed by ical4j and
 * validated by it (RFC 5545, and RFC 5546 for a METHOD), each content line at most 75
 * octets of UTF-8 ending in CRLF, one DTSTAMP per event, an ORGANIZER with a METHOD.
 */
public final class IcsFiles {

    private IcsFiles() {
    }

    public static Calendar valid(String ics) {
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        for (String line : ics.split("\r\n")) {
            assertThat(line).as("a bare LF inside a content line").doesNotContain("\n");
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as("octets of the line: %s", line)
                .isLessThanOrEqualTo(75);
        }
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new StringReader(ics));
        }
        catch (Exception e) {
            throw new AssertionError("ical4j cannot parse:\n" + ics, e);
        }
        ValidationResult result = calendar.validate();
        assertThat(result.hasErrors()).as("ical4j validation of\n%s\n%s", ics, result).isFalse();
        List<VEvent> events = calendar.getComponents("VEVENT");
        for (VEvent event : events) {
            assertThat(event.getProperties("DTSTAMP")).as("DTSTAMP of %s", event.getUid()).hasSize(1);
            if (calendar.getProperty("METHOD").isPresent()) {
                assertThat(event.getProperties("ORGANIZER")).as("ORGANIZER with a METHOD").hasSize(1);
            }
        }
        return calendar;
    }

    public static List<VEvent> events(String ics) {
        return valid(ics).getComponents("VEVENT");
    }

}
