package pl.wspolnie.shared.calendar;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;

/**
 * Writes iCalendar (RFC 5545) files with ical4j: subscription feeds and single-event
 * downloads (no METHOD), invitations attached to mails (METHOD:PUBLISH) and their
 * cancellations (METHOD:CANCEL, same UID, higher SEQUENCE). Each event has one DTSTAMP;
 * lines are folded at 75 octets of UTF-8 (RFC 5545 3.1), never inside a character.
 */
public final class IcsCalendar {

    public static final String MEDIA_TYPE = "text/calendar;charset=UTF-8";

    /** RFC 5545 3.1: content lines are folded after at most 75 octets. */
    static final int FOLD_OCTETS = 75;

    private static final String CRLF = "\r\n";

    private IcsCalendar() {
    }

    /**
     * A calendar with the given events; {@code name} becomes X-WR-CALNAME (shown by
     * calendar apps).
     */
    public static String write(String name, List<IcsEvent> events, Instant now) {
        Calendar calendar = calendar(name, null);
        for (IcsEvent event : events) {
            calendar.add(toVEvent(event, now, null));
        }
        if (events.isEmpty()) {
            // RFC 5545 3.6: a calendar has at least one component; an empty feed (a
            // filter
            // with nothing in it) carries the time zone of the platform
            calendar.add(TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(WARSAW).getVTimeZone());
        }
        return output(calendar);
    }

    private static final String WARSAW = "Europe/Warsaw";

    /**
     * As {@link #write}, with METHOD:PUBLISH and the ORGANIZER each published event must
     * carry (RFC 5546 3.2.1), as mail clients expect of an invitation attachment.
     */
    public static String writeForMail(String name, List<IcsEvent> events, Instant now, IcsOrganizer organizer) {
        Calendar calendar = calendar(name, Method.VALUE_PUBLISH);
        for (IcsEvent event : events) {
            calendar.add(toVEvent(event, now, organizer));
        }
        return output(calendar);
    }

    /**
     * The cancellation of an event sent before (RFC 5546 3.2.5): METHOD:CANCEL,
     * STATUS:CANCELLED, the same UID and a SEQUENCE above the one sent (give the event
     * with its new sequence), the person told as ATTENDEE.
     */
    public static String writeCancellation(String name, IcsEvent event, Instant now, IcsOrganizer organizer,
            String attendeeEmail) {
        Calendar calendar = calendar(name, Method.VALUE_CANCEL);
        VEvent vevent = toVEvent(event, now, organizer);
        vevent.add(new Status(Status.VALUE_CANCELLED));
        if (attendeeEmail != null && !attendeeEmail.isBlank()) {
            vevent.add(new Attendee(URI.create("mailto:" + attendeeEmail.strip())));
        }
        calendar.add(vevent);
        return output(calendar);
    }

    private static Calendar calendar(String name, String method) {
        Calendar calendar = new Calendar().withProdId("-//Wspolnie//Wspolnie//PL").withDefaults().getFluentTarget();
        if (method != null) {
            calendar.add(new Method(method));
        }
        if (name != null) {
            calendar.add(new XProperty("X-WR-CALNAME", name));
        }
        return calendar;
    }

    private static String output(Calendar calendar) {
        // ical4j's CalendarOutputter folds by characters (at most 75 of them): take its
        // unfolded lines and fold them by octets here
        return fold(calendar.toString());
    }

    /**
     * Folds every content line longer than 75 octets of UTF-8: a CRLF and one space
     * before each continuation, never splitting a character (a Polish letter is 2
     * octets).
     */
    static String fold(String unfolded) {
        StringBuilder folded = new StringBuilder(unfolded.length() + unfolded.length() / 60 * 3);
        for (String line : unfolded.split(CRLF, -1)) {
            if (line.isEmpty()) {
                continue;
            }
            int octets = 0;
            int limit = FOLD_OCTETS;
            for (int i = 0; i < line.length();) {
                int codePoint = line.codePointAt(i);
                int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
                if (octets + size > limit) {
                    folded.append(CRLF).append(' ');
                    octets = 1;
                    limit = FOLD_OCTETS;
                }
                folded.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            folded.append(CRLF);
        }
        return folded.toString();
    }

    private static VEvent toVEvent(IcsEvent event, Instant now, IcsOrganizer organizer) {
        ZonedDateTime end = event.end() != null ? event.end() : event.start().plusHours(1);
        VEvent vevent = new VEvent(event.start().toInstant(), end.toInstant(), event.summary());
        vevent.add(new Uid(event.uid()));
        // the constructor stamped the event already (with the machine's time): one
        // DTSTAMP,
        // from the platform clock
        vevent.replace(new DtStamp(now));
        if (event.sequence() > 0) {
            vevent.add(new Sequence(event.sequence()));
        }
        if (organizer != null) {
            ParameterList params = new ParameterList(List.of(new Cn(organizer.name())));
            vevent.add(new Organizer(params, URI.create("mailto:" + organizer.email().strip())));
        }
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
