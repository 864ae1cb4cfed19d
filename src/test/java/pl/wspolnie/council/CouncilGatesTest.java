package pl.wspolnie.council;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.organizations.OrganizationSeeding;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.TestMailServer;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 14, points 5 and 8: only verified organisations active in the JST count towards
 * the request for a council, the threshold-th tells the office; thresholds and opinion
 * days per JST type; the council members are told of a request for their opinion and the
 * days run from that delivery.
 */
class CouncilGatesTest extends IntegrationTest {

    /** Gmina Radków: only this test files creation requests there. */
    private static final String RADKOW = "2613042";

    private static final String WOJEWODZTWO = "26";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Autowired
    OrganizationSeeding seeding;

    private record Rep(WebClient client, long orgId) {
    }

    private Rep representative(String teryt, boolean verified) {
        String email = uniqueEmail("ngo-rada");
        long userId = provisioning.ensureConfirmedUser(email, "Przedstawicielka", DEMO_PASSWORD);
        long org = seeding.ensure(TestOrganizations.details("Stowarzyszenie Rada " + TestOrganizations.word(),
                jstId(teryt), List.of("kultura"), null), userId, true, verified);
        return new Rep(loggedIn(email), org);
    }

    private Page request(Rep rep, String path) {
        Page page = rep.client().get(path);
        Page sent = rep.client().post(path + "/requests", Map.of("organizationId", "" + rep.orgId()), page.csrf());
        assertThat(sent.status()).isEqualTo(302);
        return rep.client().get(path);
    }

    @Test
    void onlyVerifiedOrganisationsOfTheJstCountAndTheFifthTellsTheOffice() {
        String path = "/council/" + jstId(RADKOW);
        String official = userWithRole(Role.OFFICIAL, RADKOW);
        String liaison = userWithRole(Role.LIAISON_OFFICER, RADKOW);

        Page unverified = request(representative(RADKOW, false), path);
        assertThat(unverified.text()).contains("nie jest jeszcze zweryfikowana",
                "Organizacje, które złożyły wniosek: 0 z wymaganych 5");
        Page elsewhere = request(representative(KLUCZEWSKO, true), path);
        assertThat(elsewhere.text()).contains("nie działa na terenie tego samorządu",
                "Organizacje, które złożyły wniosek: 0 z wymaganych 5");

        for (int i = 1; i <= 4; i++) {
            assertThat(request(representative(RADKOW, true), path).text())
                .contains("Organizacje, które złożyły wniosek: " + i + " z wymaganych 5");
        }
        Page fifth = request(representative(RADKOW, true), path);
        assertThat(fifth.text()).contains("5 z wymaganych 5", "samorząd powinien utworzyć radę do");
        String mail = TestMailServer.awaitMail(official, "wniosek o utworzenie rady");
        assertThat(mail).contains("Gmina Radków", "art. 41e", LocalDate.now(clock).plusMonths(2).format(DATE));
        TestMailServer.awaitMail(liaison, "wniosek o utworzenie rady");
    }

    @Test
    void aWojewodztwoNeedsFiftyOrganisationsAndItsCouncilHasThirtyDaysFromDelivery() {
        long woj = jstId(WOJEWODZTWO);
        assertThat(visitor().get("/council/" + woj).text()).contains("z wymaganych 50");
        String member = userWithRole(Role.COUNCIL_MEMBER, WOJEWODZTWO);
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, WOJEWODZTWO));
        String form = "/council/" + woj + "/opinions/new";
        assertThat(official.get(form).text()).contains("Rada ma 30 dni");
        String subject = "Projekt strategii województwa " + TestOrganizations.word();
        assertThat(official.submit(form, form, Map.of("subject", subject)).status()).isEqualTo(302);
        String mail = TestMailServer.awaitMail(member, subject);
        String deadline = LocalDate.now(clock).plusDays(30).format(DATE);
        assertThat(mail).contains("Termin na wydanie opinii: " + deadline, "/council/" + woj + "#opinion-");
        assertThat(visitor().get("/council/" + woj).text()).contains(subject, "termin na opinię: " + deadline,
                "Wniosek doręczono członkom rady " + LocalDate.now(clock).format(DATE));
    }

    @Test
    void everyCouncilMemberOfAGminaIsToldAndHasFourteenDays() {
        long jst = jstId(RADKOW);
        String first = userWithRole(Role.COUNCIL_MEMBER, RADKOW);
        String second = userWithRole(Role.COUNCIL_MEMBER, RADKOW);
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, RADKOW));
        String form = "/council/" + jst + "/opinions/new";
        String subject = "Projekt uchwały o konsultacjach " + TestOrganizations.word();
        assertThat(official.submit(form, form, Map.of("subject", subject)).status()).isEqualTo(302);
        String deadline = LocalDate.now(clock).plusDays(14).format(DATE);
        assertThat(TestMailServer.awaitMail(first, subject)).contains("Termin na wydanie opinii: " + deadline);
        assertThat(TestMailServer.awaitMail(second, subject)).contains("Termin na wydanie opinii: " + deadline);

        // withdrawing asks first (data-confirm, read by the layout's script)
        Matcher m = Pattern.compile("/council/" + jst + "/opinions/(\\d+)/edit")
            .matcher(official.get("/council/" + jst).body());
        assertThat(m.find()).isTrue();
        assertThat(official.get(m.group()).body())
            .contains("data-confirm=\"Czy na pewno wycofać wniosek o opinię rady?\"");
    }

}
