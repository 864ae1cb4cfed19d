package pl.wspolnie.calendar;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.TestMailServer;
import pl.wspolnie.support.WebClient;

import java.time.ZonedDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The proposer of an organisation's event and the organisation's other active
 * representatives hear how the liaison officer decided; a rejection with its reason.
 */
class NgoCalendarEventMailsTest extends NgoCalendarTest {

    @Test
    void theProposerAndTheRepresentativesAreToldOfTheApprovalAndOfTheRejectionWithItsReason() {
        Ngo ngo = ngo();
        String proposer = ngo.email();
        long org = ngo.id();
        String colleague = uniqueEmail("cal-rep");
        long colleagueId = provisioning.ensureConfirmedUser(colleague, "Jan Kolega", DEMO_PASSWORD);
        long request = seeding.requestToJoin(org, colleagueId, true, "Członek zarządu");
        jdbc.sql("update organization_membership set status = 'ACTIVE' where id = ?").param(request).update();
        String liaisonEmail = userWithRole(Role.LIAISON_OFFICER, KLUCZEWSKO);

        WebClient rep = loggedIn(proposer);
        WebClient liaison = loggedIn(liaisonEmail);
        String word = TestOrganizations.word();
        ZonedDateTime start = ZonedDateTime.now(clock).plusDays(7).withHour(16).withMinute(0).withSecond(0).withNano(0);

        String approved = propose(rep, org, "Festyn " + word, start);
        assertThat(liaison.post(approved + "/approve", Map.of(), liaison.get("/calendar/moderation").csrf()).status())
            .isEqualTo(302);
        String body = TestMailServer.awaitMail(proposer, "Wydarzenie zatwierdzone: Festyn " + word);
        assertThat(body).contains("„Festyn " + word + "”", approved);
        TestMailServer.awaitMail(colleague, "Wydarzenie zatwierdzone: Festyn " + word);

        String rejected = propose(rep, org, "Kiermasz " + word, start.plusDays(1));
        assertThat(liaison
            .post(rejected + "/reject", Map.of("reason", "Brak programu wydarzenia"),
                    liaison.get("/calendar/moderation").csrf())
            .status()).isEqualTo(302);
        assertThat(TestMailServer.awaitMail(proposer, "Wydarzenie odrzucone: Kiermasz " + word))
            .contains("Powód: Brak programu wydarzenia", rejected);
        assertThat(TestMailServer.awaitMail(colleague, "Wydarzenie odrzucone: Kiermasz " + word))
            .contains("Powód: Brak programu wydarzenia");
        assertThat(TestMailServer.mailsTo(liaisonEmail)).as("the moderator is not told of their own decision")
            .noneMatch(m -> subject(m).contains(word));
    }

    private static String propose(WebClient rep, long org, String title, ZonedDateTime start) {
        return rep.submit("/calendar/events/propose", "/calendar/events/propose", proposal(org, title, start))
            .redirectPath();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

}
