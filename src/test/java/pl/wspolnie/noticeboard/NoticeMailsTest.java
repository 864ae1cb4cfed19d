package pl.wspolnie.noticeboard;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.organizations.OrganizationSeeding;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.shared.time.ClockConfig;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.TestMailServer;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mails of the notice board: a notice waiting for moderation reaches the liaison
 * officers, the decision reaches its author (a rejection needs a reason, which the mail
 * carries), and a volunteer's response reaches the organisation's representatives.
 */
class NoticeMailsTest extends IntegrationTest {

    @Autowired
    OrganizationSeeding organizations;

    private Map<String, String> volunteering(String title, long orgId) {
        return NoticeForms.volunteering(title, orgId, LocalDate.now(clock.withZone(ClockConfig.WARSAW)).plusDays(10),
                "Kluczewsko", "niedziela", "3");
    }

    @Test
    void aWaitingNoticeIsMailedToTheLiaisonOfficerAndItsRejectionWithTheReasonToTheAuthor() {
        String word = TestOrganizations.word();
        String rep = plainUser();
        long unverified = organisationRepresentedBy(rep, "Świeże " + word, KLUCZEWSKO, false);
        String liaisonEmail = userWithRole(Role.LIAISON_OFFICER, KLUCZEWSKO);
        WebClient ngo = loggedIn(rep);
        Page posted = ngo.submit("/notices/new", "/notices/new", volunteering("Akcja " + word, unverified));
        String path = posted.redirectPath();
        long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));

        assertThat(TestMailServer.awaitMail(liaisonEmail, "Ogłoszenie do moderacji: Akcja " + word))
            .contains("/notices/moderation");

        WebClient liaison = loggedIn(liaisonEmail);
        Page queue = liaison.get("/notices/moderation");
        assertThat(liaison.get(path).body()).as("the notice's page asks for the reason too")
            .contains("name=\"reason\"");
        Page refused = liaison.post("/notices/" + id + "/reject", Map.of("reason", ""), queue.csrf());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("Podaj powód odrzucenia", "Akcja " + word);
        assertThat(ngo.get(path).text()).contains("czeka na moderację");

        assertThat(liaison
            .post("/notices/" + id + "/reject", Map.of("reason", "Opis nie mówi, co robią wolontariusze."),
                    queue.csrf())
            .status()).isEqualTo(302);
        assertThat(TestMailServer.awaitMail(rep, "Ogłoszenie odrzucone: Akcja " + word))
            .contains("Powód: Opis nie mówi, co robią wolontariusze.");
        assertThat(jdbc.sql("select moderation_reason from notice where id = ?").param(id).query(String.class).single())
            .isEqualTo("Opis nie mówi, co robią wolontariusze.");
        assertThat(ngo.get(path).text()).as("the author sees the reason on the page too")
            .contains("Powód odrzucenia: Opis nie mówi, co robią wolontariusze.");
    }

    @Test
    void aVolunteersResponseIsMailedToTheOrganisationsRepresentatives() {
        String word = TestOrganizations.word();
        String rep = plainUser();
        long org = organisationRepresentedBy(rep, "Stowarzyszenie " + word, SECEMIN, true);
        String secondRep = plainUser();
        long secondRepId = provisioning.ensureConfirmedUser(secondRep, "x", DEMO_PASSWORD);
        jdbc.sql("""
                insert into organization_membership (organization_id, user_id, board_member, status, requested_at)
                values (?, ?, false, 'ACTIVE', now())""").params(org, secondRepId).update();
        Page saved = loggedIn(rep).submit("/notices/new", "/notices/new", volunteering("Sprzątanie " + word, org));
        String path = saved.redirectPath();

        WebClient volunteer = loggedIn(plainUser());
        assertThat(volunteer
            .post(path + "/respond", Map.of("message", "Chętnie pomogę w sobotę"), volunteer.get(path).csrf())
            .status()).isEqualTo(302);

        String body = TestMailServer.awaitMail(rep, "Zgłoszenie wolontariusza: Sprzątanie " + word);
        assertThat(body).contains("Test User", "Chętnie pomogę w sobotę", path);
        TestMailServer.awaitMail(secondRep, "Zgłoszenie wolontariusza: Sprzątanie " + word);
    }

}
