package pl.wspolnie.calendar;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.organizations.OrganizationSeeding;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.TestMailServer;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The proposer of an organisation's event and the organisation's other active
 * representatives hear how the liaison officer decided; a rejection with its reason.
 */
class NgoCalendarEventMailsTest extends IntegrationTest {

    @Autowired
    OrganizationSeeding seeding;

    @Test
    void theProposerAndTheRepresentativesAreToldOfTheApprovalAndOfTheRejectionWithItsReason() {
        String proposer = uniqueEmail("cal-prop");
        long proposerId = provisioning.ensureConfirmedUser(proposer, "Halina Źdźbło", DEMO_PASSWORD);
        long org = seeding.ensure(TestOrganizations.details("Fundacja " + TestOrganizations.word(), jstId(KLUCZEWSKO),
                List.of("kultura"), "Opis"), proposerId, true, true);
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
        Map<String, String> form = new LinkedHashMap<>();
        form.put("organizationId", String.valueOf(org));
        form.put("type", "EVENT");
        form.put("title", title);
        form.put("start", start.toLocalDateTime().toString().substring(0, 16));
        form.put("end", start.plusHours(2).toLocalDateTime().toString().substring(0, 16));
        form.put("place", "Rynek, Kluczewsko");
        form.put("description", "Dla całych rodzin.");
        form.put("link", "");
        form.put("spheres", "kultura");
        Page sent = rep.submit("/calendar/events/propose", "/calendar/events/propose", form);
        assertThat(sent.status()).as(sent.body()).isEqualTo(302);
        return sent.location().replaceAll("^https?://[^/]+", "");
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
