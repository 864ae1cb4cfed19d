package pl.wspolnie.governance;

import org.junit.jupiter.api.Test;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.TestMailServer;
import pl.wspolnie.support.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.wspolnie.governance.GovernanceFixtures.agreement;
import static pl.wspolnie.governance.GovernanceFixtures.applyAsNgo;
import static pl.wspolnie.governance.GovernanceFixtures.decide;
import static pl.wspolnie.governance.GovernanceFixtures.partyId;

/**
 * Who is told of an application to join (point 1 of issue 17): those who decide — the
 * coordinator while the agreement has no Council, then the Council's members — get a mail
 * and an item on "what needs me" until it is decided.
 */
class ApplicationNoticesTest extends CouncilMeetingSupport {

    private static final String ITEM = "Zgłoszenie przystąpienia do porozumienia do decyzji";

    @Test
    void theCoordinatorIsToldWhileThereIsNoCouncil() {
        String w = TestOrganizations.word();
        String coordinatorEmail = userWithRole(Role.LIAISON_OFFICER, POWIAT);
        WebClient coordinator = loggedIn(coordinatorEmail);
        long id = agreement(coordinator, jstId(POWIAT), "Porozumienie Zgłoszenia " + w);
        String ngoName = "Stowarzyszenie Zgłaszające " + w;
        String ngoEmail = uniqueEmail("ngo");
        long org = organisationRepresentedBy(ngoEmail, ngoName, KLUCZEWSKO, true);
        assertThat(coordinator.get("/me").text()).doesNotContain(ngoName);

        applyAsNgo(loggedIn(ngoEmail), id, org);
        assertThat(TestMailServer.awaitMail(coordinatorEmail, "czeka na decyzję: " + ngoName)).contains(ngoName,
                "Porozumienie Zgłoszenia " + w, "/governance/" + id);
        assertThat(coordinator.get("/me").text()).contains(ITEM, ngoName + " – Porozumienie Zgłoszenia " + w);
        assertThat(loggedIn(userWithRole(Role.LIAISON_OFFICER, KLUCZEWSKO)).get("/me").text()).doesNotContain(ngoName);

        long partyId = partyId(coordinator.get("/governance/" + id).body(), ngoName);
        assertThat(decide(coordinator, id, partyId, "ACCEPT", "").status()).isEqualTo(302);
        assertThat(coordinator.get("/me").text()).doesNotContain(ngoName);
    }

    @Test
    void theCouncilMembersAreToldOnceThereIsACouncil() {
        String w = TestOrganizations.word();
        String coordinatorEmail = userWithRole(Role.LIAISON_OFFICER, POWIAT);
        WebClient coordinator = loggedIn(coordinatorEmail);
        long id = agreement(coordinator, jstId(POWIAT), "Porozumienie Rady " + w);
        councilMeetingToday(coordinator, id, w);
        long[] members = memberIds(id);
        String ngoName = "Fundacja Zgłaszająca " + w;
        String ngoEmail = uniqueEmail("ngo");
        long org = organisationRepresentedBy(ngoEmail, ngoName, KLUCZEWSKO, true);

        applyAsNgo(loggedIn(ngoEmail), id, org);
        String memberEmail = emailOf(members[1]);
        assertThat(TestMailServer.awaitMail(memberEmail, "czeka na decyzję: " + ngoName)).contains(ngoName);
        WebClient member = loggedIn(memberEmail);
        assertThat(member.get("/me").text()).contains(ITEM, ngoName);
        assertThat(coordinator.get("/me").text()).doesNotContain(ngoName);
        assertThat(TestMailServer.mailsTo(coordinatorEmail)).isEmpty();

        long partyId = partyId(member.get("/governance/" + id).body(), ngoName);
        assertThat(decide(member, id, partyId, "REFUSE", "Poza celami porozumienia").status()).isEqualTo(302);
        assertThat(member.get("/me").text()).doesNotContain(ngoName);
    }

}
