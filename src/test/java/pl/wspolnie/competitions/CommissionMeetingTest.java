package pl.wspolnie.competitions;

import org.junit.jupiter.api.Test;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.pdf.PdfUa;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.shared.text.Formats;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.wspolnie.shared.time.ClockConfig.WARSAW;

/**
 * The commission's meetings: the chair (or an official of the JST) records the date,
 * place and attendance; a date before the offer deadline or in the future is refused, as
 * is a member excluded for a conflict of interest marked present; the protocol prints the
 * meeting and only the members present sign it.
 */
class CommissionMeetingTest extends IntegrationTest {

    private String person(String name) {
        String email = uniqueEmail("komisja");
        long id = provisioning.ensureConfirmedUser(email, name, DEMO_PASSWORD);
        provisioning.ensureRole(id, Role.COMMISSION_MEMBER, jstId(POWIAT));
        return email;
    }

    private long memberId(long competitionId, String email) {
        return jdbc.sql("""
                select m.id from commission_member m join user_account u on u.id = m.user_id
                where m.competition_id = ? and u.email = ?""").params(competitionId, email).query(Long.class).single();
    }

    @Test
    void theChairRecordsAMeetingAndTheProtocolPrintsItWithTheSignaturesOfThosePresent() {
        String word = TestOrganizations.word();
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        LocalDateTime deadline = LocalDateTime.now(WARSAW).plusDays(30);
        long competitionId = AnnouncementTest.createDraft(official, "Konkurs z posiedzeniem " + word, deadline);
        official.post("/competitions/" + competitionId + "/publish", Map.of(),
                official.get("/competitions/" + competitionId).csrf());
        String chair = person("Przewodnicząca " + word);
        String second = person("Drugi " + word);
        String conflicted = person("Skonfliktowany " + word);
        String csrf = official.get("/competitions/" + competitionId + "/commission").csrf();
        for (String email : new String[] { chair, second, conflicted }) {
            Map<String, String> appoint = new HashMap<>(Map.of("email", email));
            if (email.equals(chair)) {
                appoint.put("chair", "true");
            }
            assertThat(official.post("/competitions/" + competitionId + "/commission", appoint, csrf).status())
                .isEqualTo(302);
        }
        WebClient conflictedClient = loggedIn(conflicted);
        assertThat(conflictedClient
            .post("/competitions/" + competitionId + "/evaluation/conflict",
                    Map.of("conflictReason", "Moja siostra kieruje jednym z oferentów."),
                    conflictedClient.get("/competitions/" + competitionId + "/evaluation").csrf())
            .status()).isEqualTo(302);

        String path = "/competitions/" + competitionId + "/commission/meetings";
        WebClient chairClient = loggedIn(chair);
        assertThat(chairClient.get("/competitions/" + competitionId + "/commission").body()).contains(path);
        WebClient secondClient = loggedIn(second);
        assertThat(secondClient.get(path).status()).as("a member who does not chair").isEqualTo(403);
        assertThat(loggedIn(plainUser()).get(path).status()).isEqualTo(403);
        long chairId = memberId(competitionId, chair);
        long secondId = memberId(competitionId, second);
        long conflictedId = memberId(competitionId, conflicted);
        Map<String, String> form = new HashMap<>(Map.of("place", "Sala 12, Starostwo " + word,
                "present[" + chairId + "]", "true", "present[" + secondId + "]", "true",
                "absenceReason[" + conflictedId + "]", "wyłączona z oceny"));
        assertThat(secondClient
            .post(path, withDate(form, LocalDate.now(WARSAW)),
                    secondClient.get("/competitions/" + competitionId + "/evaluation").csrf())
            .status()).as("a member who does not chair may not record").isEqualTo(403);

        clock.advance(Duration.ofDays(31));
        LocalDate today = LocalDate.now(clock.withZone(WARSAW));
        Page page = chairClient.get(path);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("Nie zapisano jeszcze żadnego posiedzenia");
        assertThat(chairClient.post(path, withDate(form, today), null).status()).as("no CSRF token").isEqualTo(403);

        Page early = chairClient.post(path, withDate(form, deadline.toLocalDate().minusDays(1)), page.csrf());
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.text()).contains("Komisja obraduje po terminie składania ofert",
                new Formats().date(deadline.toLocalDate()));
        Page future = chairClient.post(path, withDate(form, today.plusDays(1)), page.csrf());
        assertThat(future.text()).contains("data nie może być późniejsza niż dzisiaj");
        Map<String, String> withExcluded = new HashMap<>(form);
        withExcluded.put("present[" + conflictedId + "]", "true");
        Page excluded = chairClient.post(path, withDate(withExcluded, today), page.csrf());
        assertThat(excluded.status()).isEqualTo(422);
        assertThat(excluded.text()).contains("Skonfliktowany " + word + " jest wyłączony(-a) z oceny ofert");
        assertThat(excluded.body()).contains("href=\"#present" + conflictedId + "\"");
        assertThat(jdbc.sql("select count(*) from commission_meeting where competition_id = ?")
            .param(competitionId)
            .query(Long.class)
            .single()).isZero();

        assertThat(chairClient.post(path, withDate(form, today), page.csrf()).status()).isEqualTo(302);
        long meetingId = jdbc.sql("select id from commission_meeting where competition_id = ?")
            .param(competitionId)
            .query(Long.class)
            .single();
        assertThat(jdbc
            .sql("select count(*) from audit_log where entity_type like '%CommissionMeeting%' and entity_id = ?")
            .param(String.valueOf(meetingId))
            .query(Long.class)
            .single()).as("audited").isPositive();
        assertThat(chairClient.get(path).text()).contains("Sala 12, Starostwo " + word,
                "Skonfliktowany " + word + " (przyczyna: wyłączona z oceny)");
        assertThat(official.get(path).status()).as("an official of the JST").isEqualTo(200);

        String protocol = PdfUa.text(official.getBytes("/competitions/" + competitionId + "/protocol.pdf").body())
            .replaceAll("\\s+", " ");
        assertThat(protocol)
            .contains(
                    "Posiedzenie komisji w dniu " + new Formats().date(today) + ", miejsce: Sala 12, Starostwo " + word,
                    "Obecni: Przewodnicząca " + word + ", Drugi " + word,
                    "Nieobecni: Skonfliktowany " + word + " (przyczyna: wyłączona z oceny)")
            .doesNotContain("Data posiedzenia komisji: ....");
        assertThat(protocol).as("the exclusion for a declared conflict, with its ground")
            .contains("Skonfliktowany " + word + " — wyłączony(-a) z oceny wszystkich ofert konkursu",
                    "Moja siostra kieruje jednym z oferentów.")
            .doesNotContain("Nie wyłączono z oceny żadnego członka komisji");
        String signatures = protocol.substring(protocol.indexOf("6. Podpisy członków komisji"));
        assertThat(signatures).contains("Przewodnicząca " + word, "Drugi " + word)
            .doesNotContain("Skonfliktowany " + word);
    }

    private static Map<String, String> withDate(Map<String, String> form, LocalDate date) {
        Map<String, String> copy = new HashMap<>(form);
        copy.put("heldOn", date.toString());
        return copy;
    }

}
