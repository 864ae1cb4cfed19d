package pl.wspolnie.shared.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;

/**
 * Writes iCalendar (RFC 5545) files with ical4j: subscription feeds and single-event
 * downloads.
 */
public final class IcsCalendar {

    public static final String MEDIA_TYPE = "text/calendar;charset=UTF-8";

    private IcsCalendar() {
    }

    /**
     * A calendar with the given events; {@code name} becomes X-WR-CALNAME (shown by
     * calendar apps).
     */
    public static String write(String name, List<IcsEvent> events, Instant now) {
        return write(name, events, now, false);
    }

    /**
     * As {@link #write}, with METHOD:PUBLISH, as mail clients expect of an invitation
     * attachment.
     */
    public static String writeForMail(String name, List<IcsEvent> events, Instant now) {
        return write(name, events, now, true);
    }

    private static String write(String name, List<IcsEvent> events, Instant now, boolean method) {
        Calendar calendar = new Calendar().withProdId("-//Wspolnie//Wspolnie//PL").withDefaults().getFluentTarget();
        if (method) {
            calendar.add(new Method(Method.VALUE_PUBLISH));
        }
        if (name != null) {
            calendar.add(new XProperty("X-WR-CALNAME", name));
        }
        for (IcsEvent event : events) {
            calendar.add(toVEvent(event, now));
        }
        try (StringWriter out = new StringWriter()) {
            new CalendarOutputter(false).output(calendar, out);
            return out.toString();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static VEvent toVEvent(IcsEvent event, Instant now) {
        ZonedDateTime end = event.end() != null ? event.end() : event.start().plusHours(1);
        VEvent vevent = new VEvent(event.start().toInstant(), end.toInstant(), event.summary());
        vevent.add(new Uid(event.uid()));
        vevent.add(new DtStamp(now));
        if (event.description() != null && !event.description().isBlank()) {
            vevent.add(new Description(event.description()));
        }
        if (event.location() != null && !event.location().isBlank()) {
            vevent.add(new Location(event.location()));
        }
        if (event.url() != null) {
            vevent.add(new Url(URI.create(event.url())));
        }
        return vevent;
    }

}
