package pl.wspolnie.organizations;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.FilePart;
import pl.wspolnie.support.WebClient.Page;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Crafted requests: the server refuses what the pages do not offer. */
class OrganizationSecurityTest extends IntegrationTest {

    @Autowired
    OrganizationSeeding seeding;

    @Autowired
    Organizations organizations;

    @Test
    void representativeOfOneOrganisationCannotEditAnother() {
        String repOfA = plainUser();
        seedWithRepresentative("Organizacja A " + TestOrganizations.word(), repOfA);
        String nameOfB = "Organizacja B " + TestOrganizations.word();
        long b = seedWithRepresentative(nameOfB, plainUser());
        WebClient attacker = loggedIn(repOfA);
        String csrf = attacker.get("/organizations").csrf();

        assertThat(attacker.get("/organizations/" + b + "/edit").status()).isEqualTo(403);
        Map<String, String> form = TestOrganizations.form("Przejęta " + nameOfB, jstId(KLUCZEWSKO), "kultura");
        form.put("version", "0");
        Page edit = attacker.post("/organizations/" + b + "/edit", form, csrf);
        assertThat(edit.status()).isEqualTo(403);
        assertThat(edit.text()).contains("Brak dostępu");

        Page logo = attacker.postMultipart("/organizations/" + b + "/logo", Map.of(),
                Map.of("logo", new FilePart("logo.png", "image/png", OrganizationRegistrationTest.png())), csrf);
        assertThat(logo.status()).isEqualTo(403);
        assertThat(attacker.post("/organizations/" + b + "/logo/delete", Map.of(), csrf).status()).isEqualTo(403);
        assertThat(attacker.get("/organizations/" + b + "/members").status()).isEqualTo(403);

        assertThat(organizations.find(b).orElseThrow().name()).as("nothing changed").isEqualTo(nameOfB);
        assertThat(visitor().get("/organizations/" + b + "/logo").status()).as("no logo stored").isEqualTo(404);
    }

    @Test
    void anonymousVisitorsAreSentToLoginForEveryChange() {
        long id = seedWithRepresentative("Organizacja C " + TestOrganizations.word(), null);
        WebClient anonymous = visitor();
        String csrf = anonymous.get("/register").csrf();
        for (String path : List.of("/organizations/new", "/organizations/" + id + "/edit",
                "/organizations/" + id + "/join", "/organizations/" + id + "/members")) {
            Page page = anonymous.get(path);
            assertThat(page.status()).as(path).isEqualTo(302);
            assertThat(page.location()).as(path).endsWith("/login");
        }
        Page verify = anonymous.post("/organizations/" + id + "/verify", Map.of(), csrf);
        assertThat(verify.status()).isEqualTo(302);
        assertThat(verify.location()).endsWith("/login");
        assertThat(organizations.find(id).orElseThrow().verified()).isFalse();
    }

    @Test
    void onlyTheLiaisonOfficerOfTheGminaOrItsPowiatVerifies() {
        String rep = plainUser();
        long id = seedWithRepresentative("Organizacja D " + TestOrganizations.word(), rep);
        for (String email : List.of(plainUser(), rep, userWithRole(Role.LIAISON_OFFICER, SECEMIN),
                userWithRole(Role.OFFICIAL, KLUCZEWSKO))) {
            WebClient user = loggedIn(email);
            Page page = user.post("/organizations/" + id + "/verify", Map.of(), user.get("/organizations").csrf());
            assertThat(page.status()).as(email).isEqualTo(403);
            assertThat(user.get("/organizations/" + id).text()).as(email).doesNotContain("Oznacz jako zweryfikowaną");
        }
        assertThat(organizations.find(id).orElseThrow().verified()).isFalse();
    }

    @Test
    void joinRequestCannotBeDecidedByAnUnrelatedPerson() {
        long id = seedWithRepresentative("Organizacja E " + TestOrganizations.word(), plainUser());
        String applicant = plainUser();
        WebClient applicantClient = loggedIn(applicant);
        Page sent = applicantClient.submit("/organizations/" + id + "/join", "/organizations/" + id + "/join",
                Map.of("boardMember", "false", "message", "Proszę o dodanie."));
        assertThat(sent.status()).isEqualTo(302);
        long membershipId = jdbc
            .sql("select id from organization_membership where organization_id = ? and status = 'PENDING'")
            .param(id)
            .query(Long.class)
            .single();

        for (String email : List.of(plainUser(), applicant, userWithRole(Role.LIAISON_OFFICER, SECEMIN))) {
            WebClient user = loggedIn(email);
            String csrf = user.get("/organizations").csrf();
            assertThat(user.post("/organizations/" + id + "/members/" + membershipId + "/confirm", Map.of(), csrf)
                .status()).as(email).isEqualTo(403);
            assertThat(
                    user.post("/organizations/" + id + "/members/" + membershipId + "/reject", Map.of(), csrf).status())
                .as(email)
                .isEqualTo(403);
        }
        assertThat(jdbc.sql("select status from organization_membership where id = ?")
            .param(membershipId)
            .query(String.class)
            .single()).isEqualTo("PENDING");

        long other = seedWithRepresentative("Organizacja F " + TestOrganizations.word(), plainUser());
        WebClient liaison = loggedIn(userWithRole(Role.LIAISON_OFFICER, KLUCZEWSKO));
        assertThat(liaison
            .post("/organizations/" + other + "/members/" + membershipId + "/confirm", Map.of(),
                    liaison.get("/organizations").csrf())
            .status()).as("a request of another organisation").isEqualTo(404);
    }

    @Test
    void valuesNoFormOffersAreABadRequestNotAServerError() {
        String rep = plainUser();
        long id = seedWithRepresentative("Organizacja G " + TestOrganizations.word(), rep);
        WebClient user = loggedIn(rep);
        String csrf = user.get("/organizations").csrf();
        Map<String, String> form = TestOrganizations.form("Organizacja G", jstId(KLUCZEWSKO), "kultura");
        form.put("gminaId", "abc");
        assertThat(user.postMultipart("/organizations/new", form, Map.of(), csrf).status()).isEqualTo(400);
        form.put("gminaId", String.valueOf(jstId(KLUCZEWSKO)));
        form.put("legalForm", "KORPORACJA");
        assertThat(user.post("/organizations/" + id + "/edit", form, csrf).status()).isEqualTo(400);
        form.put("legalForm", "FOUNDATION");
        form.put("gminaId", String.valueOf(jstId(POWIAT)));
        form.put("spheres", "sport-i-turystyka,nie-ma-takiej");
        Page notGmina = user.postMultipart("/organizations/new", form, Map.of(), csrf);
        assertThat(notGmina.status()).isEqualTo(422);
        assertThat(notGmina.text()).contains("Wybierz gminę z listy.", "Wybierz sfery z listy.");
        assertThat(user.post("/organizations/" + id + "/join", Map.of("boardMember", "może"), csrf).status())
            .isEqualTo(400);
    }

    private long seedWithRepresentative(String name, String email) {
        Long userId = email == null ? null : provisioning.ensureConfirmedUser(email, "", "");
        return seeding.ensure(TestOrganizations.details(name, jstId(KLUCZEWSKO), List.of("kultura"), null), userId,
                true, false);
    }

}
