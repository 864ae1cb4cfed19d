package pl.wspolnie.centre;

import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.calendar.IcsFiles;
import pl.wspolnie.centre.domain.Advice;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.AtOnce;
import pl.wspolnie.support.TestMailServer;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

public class AdviceAppointmentTest extends CentreIntegrationTest {

    @Autowired
    Advice advice;

    @Test
    void representativeBooksAnAdviceSlotGetsIcsMailsAndTheNoteStaysPrivate() throws Exception {
        long centreId = CentreFixtures.centreWithRoom(catalogue, jstId(POWIAT)).centreId();
        String adviserEmail = userWithRole(Role.CENTRE_STAFF, POWIAT);
        WebClient adviser = loggedIn(adviserEmail);
        LocalDate day = LocalDate.now(clock).plusDays(2);
        String page = "/centre/" + centreId + "/advice";
        Map<String, String> slot = new LinkedHashMap<>();
        slot.put("specialty", "LEGAL");
        slot.put("date", day.toString());
        slot.put("from", "10:00");
        slot.put("to", "11:00");
        slot.put("place", "Pokój 12");
        assertThat(adviser.post(page + "/slots", slot, adviser.get(page).csrf()).status()).isEqualTo(302);
        Map<String, String> overlapping = new LinkedHashMap<>(slot);
        overlapping.put("from", "10:30");
        overlapping.put("to", "11:30");
        Page refused = adviser.post(page + "/slots", overlapping, adviser.get(page).csrf());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("Masz już dyżur w tym czasie.");

        CentreFixtures.Ngo ngo = CentreFixtures.ngo(provisioning, seeding, uniqueEmail("advice"), jstId(KLUCZEWSKO));
        WebClient rep = loggedIn(ngo.repEmail());
        Page free = rep.get(page);
        assertThat(free.text()).contains("prawo", "Test CENTRE_STAFF", "Pokój 12");
        long slotId = jdbc.sql("select id from centre_advice_slot where centre_id = ?")
            .param(centreId)
            .query(Long.class)
            .single();
        Page booked = rep.post("/centre/advice/slots/" + slotId + "/book",
                Map.of("organizationId", String.valueOf(ngo.id()), "topic", "Zmiana statutu stowarzyszenia"),
                free.csrf());
        assertThat(booked.status()).isEqualTo(302);
        TestMailServer.awaitMail(ngo.repEmail(), "Potwierdzenie wizyty doradczej");
        VEvent confirmed = icsOf(ngo.repEmail(), "Potwierdzenie wizyty doradczej");
        assertThat(confirmed.getSummary().getValue()).contains("Doradztwo (prawo)");
        assertThat(confirmed.getLocation().getValue()).isEqualTo("Pokój 12");
        assertThat(confirmed.getDateTimeStart().getValue()).contains(day.toString().replace("-", ""));
        assertThat(rep.get("/centre/bookings").text()).contains("Moje wizyty doradcze",
                "Zmiana statutu stowarzyszenia");

        CentreFixtures.Ngo other = CentreFixtures.ngo(provisioning, seeding, uniqueEmail("advice2"), jstId(SECEMIN));
        WebClient second = loggedIn(other.repEmail());
        Page taken = second.post("/centre/advice/slots/" + slotId + "/book",
                Map.of("organizationId", String.valueOf(other.id()), "topic", "Inny temat"), second.get(page).csrf());
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.text()).contains("Ten termin został już zarezerwowany.");
        assertThat(second
            .post("/centre/advice/slots/" + slotId + "/book",
                    Map.of("organizationId", String.valueOf(ngo.id()), "topic", "Nie moja organizacja"),
                    second.get(page).csrf())
            .status()).as("booking for an organisation one does not represent").isEqualTo(403);

        long bookingId = jdbc.sql("select id from centre_advice_booking where slot_id = ? and status = 'BOOKED'")
            .param(slotId)
            .query(Long.class)
            .single();
        String bookingPage = "/centre/advice/bookings/" + bookingId;
        assertThat(rep.get(bookingPage).status()).as("the note is for the centre only").isEqualTo(403);
        assertThat(rep.post(bookingPage + "/note", Map.of("note", "x"), rep.get(page).csrf()).status()).isEqualTo(403);
        assertThat(adviser
            .post(bookingPage + "/note", Map.of("note", "Doradzono zmiane paragrafu 5 statutu."),
                    adviser.get(bookingPage).csrf())
            .status()).isEqualTo(302);
        assertThat(adviser.get(bookingPage).text()).contains("Doradzono zmiane paragrafu 5 statutu.");
        assertThat(rep.get("/centre/bookings").text()).doesNotContain("Doradzono zmiane");
        Page agenda = adviser.get("/centre/agenda?date=" + day);
        assertThat(agenda.text()).contains(ngo.name(), "Zmiana statutu stowarzyszenia", "10:00–11:00");
        assertThat(rep.get("/centre/agenda?date=" + day).status()).isEqualTo(403);

        clock.advance(Duration.ofDays(1));
        // fired at once on two instances (or run again while running): one reminder
        assertThat(AtOnce.run(2, advice::sendReminders).stream().mapToInt(Integer::intValue).sum())
            .isGreaterThanOrEqualTo(1);
        TestMailServer.awaitMail(ngo.repEmail(), "Przypomnienie: jutro wizyta doradcza");
        VEvent reminder = icsOf(ngo.repEmail(), "Przypomnienie: jutro wizyta doradcza");
        assertThat(reminder.getProperty("UID").orElseThrow().getValue())
            .isEqualTo(confirmed.getProperty("UID").orElseThrow().getValue());
        advice.sendReminders();
        assertThat(TestMailServer.mailsTo(ngo.repEmail())
            .stream()
            .filter(m -> subject(m).contains("Przypomnienie"))
            .count()).as("one reminder only").isEqualTo(1);

        Page cancelled = rep.post("/centre/advice/bookings/" + bookingId + "/cancel",
                Map.of("reason", "Choroba prezesa"), rep.get("/centre/bookings").csrf());
        assertThat(cancelled.status()).isEqualTo(302);
        String mail = TestMailServer.awaitMail(adviserEmail, "Odwołana wizyta doradcza");
        assertThat(mail).contains("Zmiana statutu stowarzyszenia", "Choroba prezesa");
    }

    static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The single event of the .ics attached to the mail with this subject. */
    public static VEvent icsOf(String to, String subject) throws Exception {
        Calendar calendar = icsFileOf(to, subject, "wizyta.ics");
        assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("PUBLISH");
        return (VEvent) calendar.getComponent("VEVENT").orElseThrow();
    }

    /**
     * The calendar attached as {@code fileName} to the mail with this subject, parsed and
     * validated by ical4j ({@link IcsFiles}).
     */
    public static Calendar icsFileOf(String to, String subject, String fileName) throws Exception {
        MimeMessage message = TestMailServer.mailsTo(to)
            .stream()
            .filter(m -> subject(m).contains(subject))
            .findFirst()
            .orElseThrow();
        MimeMultipart multipart = (MimeMultipart) message.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (fileName.equals(part.getFileName())) {
                assertThat(part.getContentType()).startsWith("text/calendar");
                try (InputStream in = part.getInputStream()) {
                    return IcsFiles.valid(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        throw new AssertionError("no " + fileName + " in " + subject);
    }

}
