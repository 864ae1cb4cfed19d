package pl.wspolnie.governance;

import org.junit.jupiter.api.Test;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.wspolnie.governance.GovernanceFixtures.agreement;
import static pl.wspolnie.governance.GovernanceFixtures.applyAsNgo;
import static pl.wspolnie.governance.GovernanceFixtures.applyAsUnit;
import static pl.wspolnie.governance.GovernanceFixtures.appoint;
import static pl.wspolnie.governance.GovernanceFixtures.decide;
import static pl.wspolnie.governance.GovernanceFixtures.partyId;

/**
 * The Council with seat quotas (point 3 of issue 17): the numbers of each group are
 * settings of the agreement (2/3/2 by default); every appointment is checked against them
 * and refused over the number; a Council short of them is shown as incomplete with what
 * is missing; terms do not overlap; the history of members. Only the coordinator changes
 * it (403 for others); once the Council sits, its members decide on applications.
 */
class CouncilTest extends IntegrationTest {

    static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Test
    void everyChangeOfMembershipIsCheckedAgainstTheQuotas() {
        LocalDate today = LocalDate.now(clock);
        String w = TestOrganizations.word();
        String coordinatorEmail = userWithRole(Role.LIAISON_OFFICER, POWIAT);
        WebClient coordinator = loggedIn(coordinatorEmail);
        long id = agreement(coordinator, jstId(POWIAT), "Porozumienie Rada " + w);
        String path = "/governance/" + id;
        String council = path + "/council";
        WebClient admin = loggedIn(userWithRole(Role.JST_ADMIN, POWIAT));
        long[] units = new long[3];
        for (int i = 0; i < 3; i++) {
            String unit = "Jednostka " + (char) ('A' + i) + " " + w;
            applyAsUnit(admin, id, jstId(POWIAT), unit);
            units[i] = partyId(coordinator.get(path).body(), unit);
            decide(coordinator, id, units[i], "ACCEPT", "");
        }
        long powiat = partyId(admin.get(path).body(), "Powiat włoszczowski");
        String from = today.toString();

        assertThat(visitor().get(council).text()).contains("Rada nie ma dziś kadencji.");
        Page term = coordinator.post(council + "/terms",
                Map.of("startsOn", today.toString(), "endsOn", today.plusYears(3).minusDays(1).toString()),
                coordinator.get(council).csrf());
        assertThat(term.redirectPath()).isEqualTo(council);
        assertThat(visitor().get(council).text()).contains("Rada niekompletna. Brakuje:", "Urząd: 2 z 2 miejsc",
                "Organizacje pozarządowe: 3 z 3 miejsc", "Jednostki organizacyjne: 2 z 2 miejsc");
        Page overlap = coordinator.post(council + "/terms",
                Map.of("startsOn", today.plusYears(1).toString(), "endsOn", today.plusYears(5).toString()),
                coordinator.get(council).csrf());
        assertThat(overlap.status()).isEqualTo(422);
        assertThat(overlap.text()).contains("Kadencje nie mogą się nakładać");

        String[] people = new String[6];
        for (int i = 0; i < people.length; i++) {
            people[i] = uniqueEmail("rada" + i);
            provisioning.ensureConfirmedUser(people[i], "Członek " + i + " " + w, DEMO_PASSWORD);
        }
        assertThat(appoint(coordinator, id, "CITY_OFFICE", powiat, people[0], from).redirectPath()).isEqualTo(council);
        assertThat(appoint(coordinator, id, "CITY_OFFICE", powiat, people[1], from).status()).isEqualTo(302);
        Page third = appoint(coordinator, id, "CITY_OFFICE", powiat, people[2], from);
        assertThat(third.status()).isEqualTo(422);
        assertThat(third.text()).contains("Grupa urzędu ma już 2 z 2 miejsc – ponad liczbę ustaloną w porozumieniu.");
        assertThat(appoint(coordinator, id, "NGO", powiat, people[2], from).text())
            .contains("Członków z organizacji pozarządowych wybiera Forum w wyborach.");
        assertThat(appoint(coordinator, id, "UNIT", powiat, people[2], from).text())
            .contains("Miejsce jednostek organizacyjnych obsadza strona-jednostka organizacyjna.");
        assertThat(appoint(coordinator, id, "UNIT", units[0], people[1], from).text())
            .contains("Członek 1 " + w + " zasiada już w Radzie w tej kadencji.");
        assertThat(appoint(coordinator, id, "UNIT", units[0], people[2], from).status()).isEqualTo(302);
        assertThat(appoint(coordinator, id, "UNIT", units[1], people[3], from).status()).isEqualTo(302);
        Page overUnits = appoint(coordinator, id, "UNIT", units[2], people[4], from);
        assertThat(overUnits.status()).isEqualTo(422);
        assertThat(overUnits.text()).contains("Grupa jednostek organizacyjnych ma już 2 z 2 miejsc");

        // only the NGO seats are missing now
        assertThat(visitor().get(council).text())
            .contains("Rada niekompletna.", "Organizacje pozarządowe: 3 z 3 miejsc")
            .doesNotContain("Urząd: 2 z 2 miejsc");

        // a membership ends: a vacancy, which the third unit fills
        long seat = seatId(coordinator.get(council).body(), "Członek 3 " + w);
        Page ended = coordinator.post(council + "/seats/" + seat + "/end", Map.of("toOn", from),
                coordinator.get(council).csrf());
        assertThat(ended.redirectPath()).isEqualTo(council);
        assertThat(appoint(coordinator, id, "UNIT", units[2], people[4], today.plusDays(1).toString()).status())
            .isEqualTo(302);
        assertThat(visitor().get(council).text()).contains("Członek 3 " + w + " Jednostki organizacyjne Jednostka B "
                + w + " " + DMY.format(today) + " " + DMY.format(today));

        // the numbers are settings of the agreement; not below the members sitting today
        String settings = path + "/settings";
        Page below = coordinator.submit(settings, settings, Map.of("seatsCityOffice", "1", "seatsNgo", "3", "seatsUnit",
                "2", "quorumPercent", "50", "tieRule", "EARLIER_NOMINATION"));
        assertThat(below.status()).isEqualTo(422);
        assertThat(below.text()).contains("W tej grupie zasiada dziś 2 członków");
        assertThat(coordinator
            .submit(settings, settings, Map.of("seatsCityOffice", "2", "seatsNgo", "0", "seatsUnit", "2",
                    "quorumPercent", "50", "tieRule", "EARLIER_NOMINATION"))
            .redirectPath()).isEqualTo(council);

        // crafted requests of other roles
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        String token = official.get(council).csrf();
        assertThat(official.get(settings).status()).isEqualTo(403);
        assertThat(official
            .post(council + "/seats",
                    Map.of("group", "CITY_OFFICE", "partyId", String.valueOf(powiat), "email", people[5], "fromOn",
                            from),
                    token)
            .status()).isEqualTo(403);
        assertThat(official.post(council + "/terms", Map.of("startsOn", "2035-01-01", "endsOn", "2036-01-01"), token)
            .status()).isEqualTo(403);
        assertThat(official.post(council + "/seats/" + seat + "/end", Map.of("toOn", "2027-05-01"), token).status())
            .isEqualTo(403);

        // once the Council sits, its members decide on applications, not the coordinator
        String ngoEmail = uniqueEmail("ngo");
        String ngoName = "Fundacja Rady " + w;
        long org = organisationRepresentedBy(ngoEmail, ngoName, KLUCZEWSKO, true);
        applyAsNgo(loggedIn(ngoEmail), id, org);
        assertThat(visitor().get(council).text()).contains("Skład Rady jest kompletny.");
        WebClient member = loggedIn(people[0]);
        long ngoParty = partyId(member.get(path).body(), ngoName);
        assertThat(decide(coordinator, id, ngoParty, "ACCEPT", "").status()).isEqualTo(403);
        assertThat(decide(member, id, ngoParty, "ACCEPT", "").status()).isEqualTo(302);
    }

    private static long seatId(String councilPage, String person) {
        Matcher m = Pattern.compile("/seats/(\\d+)/end\"(?:(?!/seats/)[\\s\\S])*?" + Pattern.quote(person))
            .matcher(councilPage);
        assertThat(m.find()).as("seat of %s", person).isTrue();
        return Long.parseLong(m.group(1));
    }

}
