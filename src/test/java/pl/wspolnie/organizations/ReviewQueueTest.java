package pl.wspolnie.organizations;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.Map;

/**
 * The liaison officer's work list covers the gminas they look after, and nobody else sees
 * it.
 */
class ReviewQueueTest extends IntegrationTest {

    @Autowired
    OrganizationSeeding seeding;

    @Test
    void liaisonOfficersSeePendingRequestsAndUnverifiedOrganisationsOfTheirGminas() {
        String name = "Stowarzyszenie Do Sprawdzenia " + TestOrganizations.word();
        long id = seeding.ensure(TestOrganizations.details(name, jstId(KLUCZEWSKO), List.of("kultura"), "Opis"), null,
                false, false);
        String applicant = plainUser();
        loggedIn(applicant).submit("/organizations/" + id + "/join", "/organizations/" + id + "/join",
                Map.of("boardMember", "true"));

        WebClient powiatLiaison = loggedIn(userWithRole(Role.LIAISON_OFFICER, POWIAT));
        assertThat(powiatLiaison.get("/organizations").text()).contains("Do sprawdzenia: prośby o dołączenie");
        Page review = powiatLiaison.get("/organizations/review");
        assertThat(review.status()).isEqualTo(200);
        assertThat(review.text()).contains("Prośby o dołączenie", "Organizacje niezweryfikowane", name,
                "Gmina Kluczewsko");
        assertThat(review.body()).contains("/organizations/" + id + "/members", "/organizations/" + id + "\"");

        assertThat(loggedIn(userWithRole(Role.LIAISON_OFFICER, KLUCZEWSKO)).get("/organizations/review").text())
            .contains(name);
        assertThat(loggedIn(userWithRole(Role.LIAISON_OFFICER, SECEMIN)).get("/organizations/review").text())
            .as("another gmina's officer")
            .doesNotContain(name);
    }

    @Test
    void othersCannotOpenTheWorkList() {
        assertThat(visitor().get("/organizations/review").location()).endsWith("/login");
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        assertThat(official.get("/organizations/review").status()).isEqualTo(403);
        assertThat(official.get("/organizations").text()).doesNotContain("Do sprawdzenia");
    }

}
