package pl.wspolnie.governance;

import org.junit.jupiter.api.Test;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.TestMailServer;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.wspolnie.governance.GovernanceFixtures.agreement;
import static pl.wspolnie.governance.GovernanceFixtures.applyAsNgo;
import static pl.wspolnie.governance.GovernanceFixtures.decide;
import static pl.wspolnie.governance.GovernanceFixtures.partyId;

/**
 * The agreement (point 1 of issue 17): a liaison officer makes it; NGOs, JSTs and their
 * units apply by accepting the declaration; the coordinator accepts or refuses with
 * reasons (mailed to the applicant); a party leaves on a date. Other roles: 403.
 */
class AgreementsTest extends IntegrationTest {

    static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Test
    void coordinatorMakesAnAgreementAndDecidesOnApplications() {
        LocalDate today = LocalDate.now(clock);
        String w = TestOrganizations.word();
        WebClient coordinator = loggedIn(userWithRole(Role.LIAISON_OFFICER, POWIAT));
        long id = agreement(coordinator, jstId(POWIAT), "Porozumienie " + w);
        String path = "/governance/" + id;

        Page page = visitor().get(path);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("Porozumienie " + w, "Profesjonalizacja sektora NGO", "Promocja partnerstwa",
                "Platforma wymiany informacji", "Jawność", "Powiat włoszczowski Samorząd (JST) 15.01.2026");
        assertThat(visitor().get("/governance").text()).contains("Porozumienie " + w);

        // an NGO's representative applies: the declaration must be accepted
        String ngoEmail = uniqueEmail("ngo");
        String ngoName = "Stowarzyszenie Partnerskie " + w;
        long org = organisationRepresentedBy(ngoEmail, ngoName, KLUCZEWSKO, true);
        WebClient ngo = loggedIn(ngoEmail);
        Page noDeclaration = ngo.submit(path + "/apply", path + "/apply",
                Map.of("kind", "NGO", "organizationId", String.valueOf(org)));
        assertThat(noDeclaration.status()).isEqualTo(422);
        assertThat(noDeclaration.text()).contains("Aby przystąpić, zaakceptuj deklarację.");
        assertThat(applyAsNgo(ngo, id, org).redirectPath()).isEqualTo(path);
        Page twice = applyAsNgo(ngo, id, org);
        assertThat(twice.status()).isEqualTo(422);
        assertThat(twice.text()).contains(ngoName + " jest już stroną porozumienia albo czeka na decyzję");
        // a person who does not represent the organisation cannot apply for it
        WebClient stranger = loggedIn(plainUser());
        assertThat(applyAsNgo(stranger, id, org).status()).isEqualTo(403);

        // the applicant may not decide; a refusal needs reasons
        long partyId = partyId(coordinator.get(path).body(), ngoName);
        assertThat(decide(ngo, id, partyId, "ACCEPT", "").status()).isEqualTo(403);
        assertThat(decide(loggedIn(userWithRole(Role.OFFICIAL, POWIAT)), id, partyId, "ACCEPT", "").status())
            .isEqualTo(403);
        Page noReason = decide(coordinator, id, partyId, "REFUSE", " ");
        assertThat(noReason.redirectPath()).isEqualTo(path);
        assertThat(coordinator.get(path).text()).contains("Odmowa wymaga uzasadnienia.", "Odmów: " + ngoName);
        assertThat(decide(coordinator, id, partyId, "REFUSE", "Statut nie obejmuje celów porozumienia").status())
            .isEqualTo(302);
        String refusal = TestMailServer.awaitMail(ngoEmail, "odmowa");
        assertThat(refusal).contains(ngoName, "Statut nie obejmuje celów porozumienia");
        assertThat(decide(coordinator, id, partyId, "ACCEPT", "").status()).isEqualTo(409);
        assertThat(visitor().get(path).text()).doesNotContain(ngoName);

        // it applies again and is accepted: a party from that day
        applyAsNgo(ngo, id, org);
        long second = partyId(coordinator.get(path).body(), ngoName);
        assertThat(decide(coordinator, id, second, "ACCEPT", "").status()).isEqualTo(302);
        assertThat(TestMailServer.awaitMail(ngoEmail, "przyjęte")).contains(ngoName);
        assertThat(visitor().get(path).text()).contains(ngoName + " Organizacja pozarządowa " + DMY.format(today));

        // a JST's administrator applies for its unit (JOST)
        String admin = userWithRole(Role.JST_ADMIN, SECEMIN);
        String unit = "Gminny Ośrodek Kultury " + w;
        Page unitApplied = loggedIn(admin).submit(path + "/apply", path + "/apply", Map.of("kind", "UNIT", "jstId",
                String.valueOf(jstId(SECEMIN)), "unitName", unit, "declaration", "true"));
        assertThat(unitApplied.redirectPath()).isEqualTo(path);
        assertThat(decide(coordinator, id, partyId(coordinator.get(path).body(), unit), "ACCEPT", "").status())
            .isEqualTo(302);
        assertThat(visitor().get(path).text()).contains(unit + " (jednostka organizacyjna: Gmina Secemin)");
        // an administrator of another JST cannot apply for Secemin
        Page crafted = loggedIn(userWithRole(Role.JST_ADMIN, KLUCZEWSKO)).submit(path + "/apply", path + "/apply",
                Map.of("kind", "JST", "jstId", String.valueOf(jstId(SECEMIN)), "declaration", "true"));
        assertThat(crafted.status()).isEqualTo(403);

        // the NGO leaves on a date: listed among the former parties
        String token = ngo.get(path).csrf();
        assertThat(stranger
            .post(path + "/parties/" + second + "/leave", Map.of("leftOn", today.toString()), stranger.get(path).csrf())
            .status()).isEqualTo(403);
        assertThat(
                ngo.post(path + "/parties/" + second + "/leave", Map.of("leftOn", today.minusDays(1).toString()), token)
                    .redirectPath())
            .isEqualTo(path);
        assertThat(ngo.get(path).text()).contains("nie może być wcześniejsza niż data przystąpienia");
        assertThat(
                ngo.post(path + "/parties/" + second + "/leave", Map.of("leftOn", today.plusDays(30).toString()), token)
                    .status())
            .isEqualTo(302);
        assertThat(visitor().get(path).text())
            .contains(ngoName + ": od " + DMY.format(today) + " do " + DMY.format(today.plusDays(30)));
    }

    @Test
    void onlyLiaisonOfficersMakeAgreements() {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        assertThat(official.get("/governance/new").status()).isEqualTo(403);
        String token = official.get("/governance").csrf();
        Page crafted = official.post("/governance/new",
                Map.of("jstId", String.valueOf(jstId(POWIAT)), "title", "Podrobione", "mission", "m", "goals", "g",
                        "actions", "a", "principles", "p", "signedOn", "2027-01-01"),
                token);
        assertThat(crafted.status()).isEqualTo(403);
        // a liaison officer of Secemin cannot make one for the powiat
        WebClient other = loggedIn(userWithRole(Role.LIAISON_OFFICER, SECEMIN));
        assertThat(
                other
                    .post("/governance/new",
                            Map.of("jstId", String.valueOf(jstId(POWIAT)), "title", "Podrobione", "mission", "m",
                                    "goals", "g", "actions", "a", "principles", "p", "signedOn", "2027-01-01"),
                            other.get("/governance/new").csrf())
                    .status())
            .isEqualTo(403);
        WebClient coordinator = loggedIn(userWithRole(Role.LIAISON_OFFICER, POWIAT));
        Page empty = coordinator.submit("/governance/new", "/governance/new",
                Map.of("jstId", String.valueOf(jstId(POWIAT)), "title", "", "mission", "", "goals", "", "actions", "",
                        "principles", "", "signedOn", "15.01"));
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.text()).contains("Nazwa porozumienia: To pole jest wymagane.");
        assertThat(visitor().get("/governance/999999").status()).isEqualTo(404);
    }

}
