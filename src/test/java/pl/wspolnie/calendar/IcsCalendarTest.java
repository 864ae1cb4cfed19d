package pl.wspolnie.calendar;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import pl.wspolnie.shared.calendar.IcsCalendar;
import pl.wspolnie.shared.calendar.IcsEvent;
import pl.wspolnie.shared.calendar.IcsOrganizer;
import pl.wspolnie.shared.time.ClockConfig;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The .ics files as RFC 5545/5546 and ical4j's validation want them: one DTSTAMP, an
 * ORGANIZER with METHOD, lines folded by octets (Polish letters are 2 bytes), a
 * cancellation with the same UID and a higher SEQUENCE.
 */
class IcsCalendarTest {

    private static final Instant NOW = Instant.parse("2026-12-06T08:00:00Z");

    private static final String POLISH = "Zażółć gęślą jaźń – szkolenie o sprawozdawczości organizacji pożytku "
            + "publicznego, ćwiczenia z wypełniania formularzy, źródła finansowania; godzina ósma, żółw, łabędź.";

    private static IcsEvent event(int sequence) {
        ZonedDateTime start = ZonedDateTime.of(2027, 1, 12, 10, 0, 0, 0, ClockConfig.WARSAW);
        return new IcsEvent("advice-7@wspolnie", "Doradztwo (prawo) – Centrum Łódź", POLISH, start, start.plusHours(1),
                "ul. Świętokrzyska 5, Kraków", "https://wspolnie.example/centre/bookings", sequence);
    }

    @Test
    void feedHasOneDtstampPerEventAndFoldsLinesByOctets() {
        String ics = IcsCalendar.write("Kalendarz Wspólnie", List.of(event(0)), NOW);
        Calendar calendar = IcsFiles.valid(ics);
        VEvent parsed = calendar.<VEvent>getComponents("VEVENT").get(0);
        assertThat(parsed.getProperty("DESCRIPTION").orElseThrow().getValue()).as("folding keeps every letter")
            .isEqualTo(POLISH);
        assertThat(parsed.getDateStamp().orElseThrow().getDate()).isEqualTo(NOW);
        assertThat(ics).doesNotContain("METHOD");
    }

    @Test
    void mailInvitationCarriesMethodPublishAndOrganizer() {
        String ics = IcsCalendar.writeForMail("Centrum", List.of(event(0)), NOW,
                new IcsOrganizer("Centrum Organizacji Pozarządowych", "centrum@wspolnie.example"));
        Calendar calendar = IcsFiles.valid(ics);
        assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("PUBLISH");
        VEvent parsed = calendar.<VEvent>getComponents("VEVENT").get(0);
        assertThat(parsed.getProperty("ORGANIZER").orElseThrow().getValue())
            .isEqualTo("mailto:centrum@wspolnie.example");
    }

    @Test
    void cancellationKeepsTheUidWithAHigherSequence() {
        IcsOrganizer organizer = new IcsOrganizer("Centrum", "centrum@wspolnie.example");
        VEvent sent = IcsFiles.events(IcsCalendar.writeForMail("Centrum", List.of(event(0)), NOW, organizer)).get(0);
        Calendar cancel = IcsFiles
            .valid(IcsCalendar.writeCancellation("Centrum", event(1), NOW, organizer, "rep@ngo.example"));
        assertThat(cancel.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
        VEvent cancelled = cancel.<VEvent>getComponents("VEVENT").get(0);
        assertThat(cancelled.getUid().orElseThrow().getValue()).isEqualTo(sent.getUid().orElseThrow().getValue());
        int sentSequence = sent.getProperty("SEQUENCE").map(p -> Integer.parseInt(p.getValue())).orElse(0);
        assertThat(Integer.parseInt(cancelled.getProperty("SEQUENCE").orElseThrow().getValue()))
            .isGreaterThan(sentSequence);
        assertThat(cancelled.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CANCELLED");
    }

    @Test
    void anEmptyFeedIsStillAValidCalendar() {
        Calendar calendar = IcsFiles.valid(IcsCalendar.write("Kalendarz", List.of(), NOW));
        assertThat(calendar.getComponents("VEVENT")).isEmpty();
    }

}
