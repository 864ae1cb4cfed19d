package pl.wspolnie.council;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.consultations.ConsultationFixtures;
import pl.wspolnie.council.domain.CouncilWork;
import pl.wspolnie.organizations.OrganizationSeeding;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import java.time.format.DateTimeFormatter;

class CouncilTest extends IntegrationTest {

    /**
     * Gmina Moskorzew: only this test files creation requests there, so its count is this
     * test's own.
     */
    private static final String MOSKORZEW = "2613032";

    @Autowired
    OrganizationSeeding seeding;

    @Autowired
    CouncilWork work;

    private WebClient representative(long[] orgIdOut) {
        String email = uniqueEmail("ngo");
        long userId = provisioning.ensureConfirmedUser(email, "Przedstawiciel", DEMO_PASSWORD);
        orgIdOut[0] = seeding.ensure(TestOrganizations.details("Fundacja Radna " + TestOrganizations.word(),
                jstId(MOSKORZEW), List.of("kultura"), null), userId, true, true);
        return loggedIn(email);
    }

    @Test
    void fiveDistinctOrganisationsOpenTheTwoMonthDeadlineAndTheSameOrganisationCountsOnce() {
        long jst = jstId(MOSKORZEW);
        String path = "/council/" + jst;
        long[] org = new long[1];
        WebClient first = representative(org);
        Page page = first.get(path);
        assertThat(page.text()).contains("Organizacje, które złożyły wniosek: 0 z wymaganych 5");
        first.post(path + "/requests", Map.of("organizationId", "" + org[0]), page.csrf());
        assertThat(first.get(path).text()).contains("Wniosek organizacji został zapisany.");
        Page twice = first.post(path + "/requests", Map.of("organizationId", "" + org[0]), page.csrf());
        assertThat(twice.status()).isEqualTo(302);
        assertThat(first.get(path).text()).contains("Ta organizacja już złożyła wniosek – liczy się jeden raz.",
                "Organizacje, które złożyły wniosek: 1 z wymaganych 5");
        long[] someoneElses = new long[1];
        representative(someoneElses);
        assertThat(first.post(path + "/requests", Map.of("organizationId", "" + someoneElses[0]), page.csrf()).status())
            .as("crafted: an organisation the person does not represent")
            .isEqualTo(403);

        for (int i = 0; i < 3; i++) {
            long[] o = new long[1];
            WebClient rep = representative(o);
            rep.post(path + "/requests", Map.of("organizationId", "" + o[0]), rep.get(path).csrf());
        }
        assertThat(visitor().get(path).text()).contains("4 z wymaganych 5").doesNotContain("powinien utworzyć radę");
        clock.advance(Duration.ofDays(3));
        long[] o = new long[1];
        WebClient fifth = representative(o);
        fifth.post(path + "/requests", Map.of("organizationId", "" + o[0]), fifth.get(path).csrf());
        String deadline = LocalDate.now(clock).plusMonths(2).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        assertThat(visitor().get(path).text()).contains("5 z wymaganych 5",
                "samorząd powinien utworzyć radę do " + deadline);
    }

    @Test
    void compositionNeedsAtLeastHalfFromNgosAndATermOfThreeYears() {
        long jst = jstId(SECEMIN);
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, SECEMIN));
        String path = "/council/" + jst + "/composition";
        Page refused = official.submit(path, path, Map.of("startsOn", "2027-01-01", "ngoMembers", "Anna Nowak",
                "jstMembers", "Jan Kowalski\nPiotr Wiśniewski"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains(
                "Co najmniej połowa członków musi pochodzić z organizacji pozarządowych (jest 1 z 3).",
                "Piotr Wiśniewski");
        Page saved = official.submit(path, path, Map.of("startsOn", "2027-01-01", "ngoMembers",
                "Anna Nowak\nEwa Zielińska", "jstMembers", "Jan Kowalski\nPiotr Wiśniewski"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(visitor().get("/council/" + jst).text()).contains("Kadencja od 01.01.2027 do 31.12.2029",
                "Ewa Zielińska Organizacje pozarządowe", "Piotr Wiśniewski Samorząd");

        WebClient stranger = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        assertThat(stranger.get(path).status()).isEqualTo(403);
        assertThat(stranger
            .post(path, Map.of("startsOn", "2027-01-01", "ngoMembers", "X"), stranger.get("/consultations/new").csrf())
            .status()).isEqualTo(403);
    }

    @Test
    void councilGivesOneOpinionAndTheOtherLapsesAfterFourteenDays() {
        long powiat = jstId(POWIAT);
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        LocalDate today = LocalDate.now(clock);
        long consultation = ConsultationFixtures.publish(official,
                ConsultationFixtures.form(powiat, "Program do zaopiniowania " + TestOrganizations.word(), today,
                        today.plusDays(20), "NGOS", ConsultationFixtures.DRAFT));
        String newPath = "/council/" + powiat + "/opinions/new";
        String subjectA = "Projekt programu " + TestOrganizations.word();
        String subjectB = "Projekt strategii " + TestOrganizations.word();
        assertThat(official.submit(newPath, newPath, Map.of("subject", subjectA, "consultationId", "" + consultation))
            .status()).isEqualTo(302);
        assertThat(official.submit(newPath, newPath, Map.of("subject", subjectB, "consultationId", "" + consultation))
            .status()).isEqualTo(302);
        Page council = visitor().get("/council/" + powiat);
        long a = requestId(council.body(), subjectA);
        long b = requestId(council.body(), subjectB);

        WebClient member = loggedIn(userWithRole(Role.COUNCIL_MEMBER, POWIAT));
        WebClient resident = loggedIn(userWithRole(Role.RESIDENT, POWIAT));
        String token = member.get("/council/" + powiat).csrf();
        assertThat(resident
            .post("/council/" + powiat + "/opinions/" + a, Map.of("opinion", "Podrobiona"),
                    resident.get("/consultations/" + consultation + "/remarks/new").csrf())
            .status()).isEqualTo(403);
        clock.advance(Duration.ofDays(14)); // the 14th day still counts
        Page given = member.post("/council/" + powiat + "/opinions/" + a,
                Map.of("opinion", "Rada opiniuje projekt pozytywnie."), token);
        assertThat(given.status()).isEqualTo(302);

        clock.advance(Duration.ofDays(1));
        assertThat(work.lapseOverdue()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("select status from council_opinion_request where id = ?")
            .param(b)
            .query(String.class)
            .single()).isEqualTo("LAPSED");
        Page late = member.post("/council/" + powiat + "/opinions/" + b, Map.of("opinion", "Spóźniona opinia"), token);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.text()).contains("Termin na opinię minął");

        Page page = visitor().get("/consultations/" + consultation);
        assertThat(page.text())
            .contains("Opinie rady działalności pożytku publicznego", subjectA, "Rada opiniuje projekt pozytywnie.",
                    subjectB, "Rada nie wydała opinii w terminie.")
            .doesNotContain("Spóźniona opinia");
    }

    @Test
    void settingsHaveTheStatutoryDefaults() {
        CouncilSettings defaults = new CouncilSettings(0, 0, 0, 0, 0, 0);
        assertThat(defaults.requestsNeeded()).isEqualTo(5);
        assertThat(defaults.creationMonths()).isEqualTo(2);
        assertThat(defaults.termYears()).isEqualTo(3);
        assertThat(defaults.opinionDays()).isEqualTo(14);
        assertThat(work.settings().opinionDays()).isEqualTo(14);
    }

    private static long requestId(String body, String subject) {
        Matcher m = Pattern.compile("id=\"opinion-(\\d+)\">\\s*<h3>" + Pattern.quote(subject)).matcher(body);
        assertThat(m.find()).as(subject).isTrue();
        return Long.parseLong(m.group(1));
    }

}
