package pl.wspolnie.organizations;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.TestMailServer;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class MembershipTest extends IntegrationTest {

    @Autowired
    OrganizationSeeding seeding;

    @Autowired
    Organizations organizations;

    @Test
    void personAsksToJoinAndARepresentativeConfirms() {
        String repEmail = plainUser();
        String name = "Fundacja Członkowska " + TestOrganizations.word();
        long id = seed(name, repEmail);
        String applicantEmail = uniqueEmail("applicant");
        long applicantId = provisioning.ensureConfirmedUser(applicantEmail, "Jadwiga Kandydatka", DEMO_PASSWORD);
        WebClient applicant = loggedIn(applicantEmail);

        Page form = applicant.get("/organizations/" + id + "/join");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("<legend>", "for=\"boardMember-yes\"", "<label for=\"message\">");
        Page missing = applicant.post("/organizations/" + id + "/join", Map.of("message", "x"), form.csrf());
        assertThat(missing.text()).contains("Popraw błędy w formularzu", "Zaznacz, czy jesteś członkiem zarządu.");

        Page sent = applicant.post("/organizations/" + id + "/join",
                Map.of("boardMember", "false", "message", "Prowadzę księgowość."), form.csrf());
        assertThat(sent.status()).isEqualTo(302);
        assertThat(applicant.get("/organizations/" + id).text()).contains("Prośba o dołączenie została wysłana",
                "Twoja prośba o dołączenie czeka na decyzję");
        String notice = TestMailServer.awaitMail(repEmail, "Prośba o dołączenie do organizacji " + name);
        assertThat(notice).contains("Jadwiga Kandydatka prosi o dołączenie", "/organizations/" + id + "/members");
        Page again = applicant.post("/organizations/" + id + "/join", Map.of("boardMember", "true"), form.csrf());
        assertThat(again.text()).contains("Twoja prośba o dołączenie już czeka na decyzję.");
        assertThat(organizations.isRepresentative(applicantId, id)).isFalse();
        assertThat(applicant.get("/organizations/" + id + "/edit").status()).as("not yet a representative")
            .isEqualTo(403);

        WebClient rep = loggedIn(repEmail);
        Page members = rep.get("/organizations/" + id + "/members");
        assertThat(members.status()).isEqualTo(200);
        assertThat(members.text()).contains("Jadwiga Kandydatka", applicantEmail, "Prowadzę księgowość.");
        assertThat(members.body()).contains("<caption>Prośby o dołączenie</caption>", "<th scope=\"col\">");
        Page confirmed = rep.post(action(members, "confirm"), Map.of(), members.csrf());
        assertThat(confirmed.status()).isEqualTo(302);
        assertThat(rep.get("/organizations/" + id + "/members").text()).contains("Prośba została potwierdzona.",
                "Brak próśb czekających na decyzję.", "Jadwiga Kandydatka");

        assertThat(organizations.isRepresentative(applicantId, id)).isTrue();
        assertThat(TestMailServer.awaitMail(applicantEmail, "Decyzja w sprawie dołączenia do organizacji " + name))
            .contains("została potwierdzona");
        assertThat(organizations.isBoardMember(applicantId, id)).isFalse();
        assertThat(organizations.representedBy(applicantId)).containsExactly(id);
        Page account = applicant.get("/account");
        assertThat(account.text()).contains("Przedstawiciel organizacji: " + name).doesNotContain(name + " (zarząd)");
        assertThat(applicant.get("/organizations/" + id + "/edit").status()).isEqualTo(200);
        assertThat(applicant.get("/organizations/" + id).text()).contains("Liczba przedstawicieli na platformie 2");
    }

    @Test
    void liaisonOfficerOfTheGminaOrOfItsPowiatDecidesOnRequests() {
        long id = seed("Fundacja Bez Zarządu " + TestOrganizations.word(), null);
        String first = plainUser();
        String second = plainUser();
        requestToJoin(first, id);
        requestToJoin(second, id);
        // the first turns the decisions on their requests off on the settings page
        WebClient firstClient = loggedIn(first);
        Page settings = firstClient.get("/account/subscriptions");
        assertThat(settings.text()).contains("Decyzje o moich prośbach o dołączenie",
                "Prośby o dołączenie do mojej organizacji");
        assertThat(
                firstClient.post("/account/notifications", Map.of("kind", "news.moderated"), settings.csrf()).status())
            .isEqualTo(302);

        WebClient powiatLiaison = loggedIn(userWithRole(Role.LIAISON_OFFICER, POWIAT));
        Page members = powiatLiaison.get("/organizations/" + id + "/members");
        assertThat(members.status()).isEqualTo(200);
        assertThat(powiatLiaison.post(action(members, "confirm"), Map.of(), members.csrf()).status()).isEqualTo(302);

        WebClient gminaLiaison = loggedIn(userWithRole(Role.LIAISON_OFFICER, KLUCZEWSKO));
        members = gminaLiaison.get("/organizations/" + id + "/members");
        assertThat(gminaLiaison.post(action(members, "reject"), Map.of(), members.csrf()).status()).isEqualTo(302);
        assertThat(gminaLiaison.get("/organizations/" + id + "/members").text()).contains("Prośba została odrzucona.");

        assertThat(statusOf(first, id)).isEqualTo("ACTIVE");
        assertThat(statusOf(second, id)).isEqualTo("REJECTED");
        assertThat(TestMailServer.awaitMail(second, "Decyzja w sprawie dołączenia")).contains("została odrzucona");
        assertThat(TestMailServer.mailsTo(first)).as("the kind turned off").isEmpty();
        Page rejectedAgain = loggedIn(second).submit("/organizations/" + id + "/join", "/organizations/" + id + "/join",
                Map.of("boardMember", "false"));
        assertThat(rejectedAgain.status()).as("a rejected person may ask again").isEqualTo(302);
    }

    @Test
    void liaisonOfficerVerifiesAndWithdrawsTheVerification() {
        String name = "Stowarzyszenie Weryfikowane " + TestOrganizations.word();
        long id = seed(name, plainUser());
        WebClient liaison = loggedIn(userWithRole(Role.LIAISON_OFFICER, POWIAT));
        Page profile = liaison.get("/organizations/" + id);
        assertThat(profile.text()).contains("Niezweryfikowana", "Oznacz jako zweryfikowaną",
                "Edytuj dane i logo organizacji");

        assertThat(liaison.post("/organizations/" + id + "/verify", Map.of(), profile.csrf()).status()).isEqualTo(302);
        profile = liaison.get("/organizations/" + id);
        assertThat(profile.text()).contains("Organizacja została oznaczona jako zweryfikowana.",
                "Zweryfikowana przez samorząd", "Data weryfikacji", "Cofnij weryfikację");
        assertThat(organizations.find(id).orElseThrow().verified()).isTrue();
        assertThat(visitor().get("/organizations?q=" + name.substring(name.lastIndexOf(' ') + 1)).text())
            .contains("Zweryfikowana przez samorząd");

        assertThat(liaison.post("/organizations/" + id + "/unverify", Map.of(), profile.csrf()).status())
            .isEqualTo(302);
        assertThat(liaison.get("/organizations/" + id).text()).contains("Niezweryfikowana");
        assertThat(organizations.find(id).orElseThrow().verified()).isFalse();
    }

    @Test
    void demoRepresentativeLoginIsABoardMember() {
        Page account = loggedIn("ngo@wspolnie.demo").get("/account");
        assertThat(account.text()).contains("Przedstawiciel organizacji: Fundacja „Razem dla Kluczewska” (zarząd)");
    }

    private long seed(String name, String representativeEmail) {
        Long userId = representativeEmail == null ? null
                : provisioning.ensureConfirmedUser(representativeEmail, "", "");
        return seeding.ensure(TestOrganizations.details(name, jstId(KLUCZEWSKO), List.of("kultura"), null), userId,
                true, false);
    }

    private void requestToJoin(String email, long id) {
        Page sent = loggedIn(email).submit("/organizations/" + id + "/join", "/organizations/" + id + "/join",
                Map.of("boardMember", "true"));
        assertThat(sent.status()).isEqualTo(302);
    }

    private String statusOf(String email, long organizationId) {
        return jdbc.sql("""
                select m.status from organization_membership m join user_account u on u.id = m.user_id
                where m.organization_id = ? and u.email = ?""")
            .param(organizationId)
            .param(email)
            .query(String.class)
            .single();
    }

    /** The first confirm or reject form's action on the members page. */
    private static String action(Page members, String decision) {
        Matcher m = Pattern.compile("action=\"(/organizations/\\d+/members/\\d+/" + decision + ")\"")
            .matcher(members.body());
        assertThat(m.find()).as("a " + decision + " button").isTrue();
        return m.group(1);
    }

}
