package pl.wspolnie.governance;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.TestMailServer;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.wspolnie.governance.GovernanceFixtures.agreement;
import static pl.wspolnie.governance.GovernanceFixtures.appoint;
import static pl.wspolnie.governance.GovernanceFixtures.partyId;

/**
 * Meetings of the Forum and the Council (point 5 of issue 17): the coordinator calls one,
 * its members get an invitation with an .ics file and it is in the common calendar; the
 * attendance decides the quorum (more than half of the members); the minutes are public.
 * Others: 403.
 */
class MeetingsTest extends IntegrationTest {

    @Test
    void aCouncilMeetingWithInvitationsAttendanceQuorumAndMinutes() throws Exception {
        LocalDate today = LocalDate.now(clock);
        String w = TestOrganizations.word();
        WebClient coordinator = loggedIn(userWithRole(Role.LIAISON_OFFICER, POWIAT));
        long id = agreement(coordinator, jstId(POWIAT), "Porozumienie Posiedzenia " + w);
        String path = "/governance/" + id;
        String council = path + "/council";
        coordinator.post(council + "/terms",
                Map.of("startsOn", today.toString(), "endsOn", today.plusYears(3).toString()),
                coordinator.get(council).csrf());
        long powiat = partyId(loggedIn(userWithRole(Role.JST_ADMIN, POWIAT)).get(path).body(), "Powiat włoszczowski");
        String[] members = new String[2];
        long[] ids = new long[2];
        for (int i = 0; i < 2; i++) {
            members[i] = uniqueEmail("rada" + i);
            ids[i] = provisioning.ensureConfirmedUser(members[i], "Radna " + i + " " + w, DEMO_PASSWORD);
            assertThat(appoint(coordinator, id, "CITY_OFFICE", powiat, members[i], today.toString()).status())
                .isEqualTo(302);
        }

        // only the coordinator calls a meeting
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        assertThat(official.get(path + "/meetings/new").status()).isEqualTo(403);
        Map<String, String> form = Map.of("body", "COUNCIL", "startsAt", today.plusDays(7) + "T10:00", "place",
                "Starostwo, sala 12", "agenda", "1. Otwarcie\n2. Plan działań " + w);
        assertThat(official.post(path + "/meetings/new", form, official.get(path).csrf()).status()).isEqualTo(403);
        Page noForum = coordinator.submit(path + "/meetings/new", path + "/meetings/new",
                Map.of("body", "FORUM", "startsAt", today.plusDays(7) + "T10:00", "place", "x", "agenda", "y"));
        assertThat(noForum.status()).isEqualTo(422);
        assertThat(noForum.text()).contains("Ten organ nie ma w dniu posiedzenia żadnych członków.");
        String meeting = coordinator.submit(path + "/meetings/new", path + "/meetings/new", form).redirectPath();
        Matcher m = Pattern.compile("/meetings/(\\d+)$").matcher(meeting);
        assertThat(m.find()).isTrue();
        long meetingId = Long.parseLong(m.group(1));

        // the members are invited with an .ics file; the meeting is in the common
        // calendar
        assertThat(TestMailServer.awaitMail(members[1], "Zaproszenie na posiedzenie Rady Porozumienia"))
            .contains("Starostwo, sala 12", "2. Plan działań " + w);
        MimeMessage mail = TestMailServer.mailsTo(members[1])
            .stream()
            .filter(x -> subject(x).contains("Zaproszenie na posiedzenie"))
            .findFirst()
            .orElseThrow();
        assertThat(ics(mail)).contains("BEGIN:VEVENT", "Starostwo");
        long entries = 0;
        for (int i = 0; i < 50 && entries == 0; i++) {
            entries = jdbc.sql("select count(*) from calendar_entry where source = 'governance' and source_id = ?")
                .param("meeting-" + meetingId)
                .query(Long.class)
                .single();
            if (entries == 0) {
                Thread.sleep(100);
            }
        }
        assertThat(entries).isEqualTo(1);
        assertThat(visitor().get(path).text()).contains("Posiedzenie Rady Porozumienia");

        // attendance and the quorum
        assertThat(visitor().get(meeting).text()).contains("Brak kworum: obecnych 0 z 2 członków, potrzeba 2.");
        String token = coordinator.get(meeting).csrf();
        assertThat(coordinator.post(meeting + "/attendance?present=" + ids[0], Map.of(), token).redirectPath())
            .isEqualTo(meeting);
        assertThat(visitor().get(meeting).text()).contains("Brak kworum: obecnych 1 z 2 członków",
                "Radna 0 " + w + ": obecny", "Radna 1 " + w + ": nieobecny");
        coordinator.post(meeting + "/attendance?present=" + ids[0] + "&present=" + ids[1], Map.of(), token);
        coordinator.get(meeting); // shows (and so clears) the notice of the step
        assertThat(visitor().get(meeting).text()).contains("Kworum jest: obecnych 2 z 2 członków.");
        long stranger = provisioning.ensureConfirmedUser(uniqueEmail("obcy"), "Obcy", DEMO_PASSWORD);
        coordinator.post(meeting + "/attendance?present=" + stranger, Map.of(), token);
        assertThat(coordinator.get(meeting).text()).contains("Obecność można zaznaczyć tylko członkom",
                "Kworum jest: obecnych 2 z 2 członków.");
        assertThat(
                official.post(meeting + "/attendance?present=" + ids[0], Map.of(), official.get(path).csrf()).status())
            .isEqualTo(403);

        // the minutes
        assertThat(coordinator.post(meeting + "/minutes", Map.of("minutes", "Przyjęto plan działań " + w), token)
            .redirectPath()).isEqualTo(meeting);
        assertThat(visitor().get(meeting).text()).contains("Przyjęto plan działań " + w);
        assertThat(official.post(meeting + "/minutes", Map.of("minutes", "Podrobiony"), official.get(path).csrf())
            .status()).isEqualTo(403);
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        }
        catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String ics(MimeMessage mail) throws MessagingException, IOException {
        Multipart parts = (Multipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.getFileName() != null && part.getFileName().endsWith(".ics")) {
                try (InputStream in = part.getInputStream()) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no .ics attachment");
    }

}
