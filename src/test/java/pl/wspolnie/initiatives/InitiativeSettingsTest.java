package pl.wspolnie.initiatives;

import org.junit.jupiter.api.Test;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The settings of a JST's council resolution: the official enters the group size, the
 * intake and weighted criteria with the residents' contribution always among them, and
 * the dated hourly rate; officials of other JSTs and residents are refused.
 */
class InitiativeSettingsTest extends IntegrationTest {

    static final String KRASOCIN = "2613022";

    static Map<String, String> settings(String resolution, String group, String intake, String... criteria) {
        Map<String, String> form = new HashMap<>();
        form.put("resolution", resolution);
        form.put("minGroupSize", group);
        form.put("intake", intake);
        for (int i = 0; i < criteria.length / 3; i++) {
            form.put("criteria[" + i + "].name", criteria[3 * i]);
            form.put("criteria[" + i + "].weight", criteria[3 * i + 1]);
            form.put("criteria[" + i + "].maxPoints", criteria[3 * i + 2]);
        }
        return form;
    }

    @Test
    void theOfficialSetsTheResolutionsRulesWithTheContributionAlwaysFirst() {
        String path = "/initiatives/settings/" + jstId(KRASOCIN);
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, KRASOCIN));
        assertThat(official.get(path).text()).contains("Wkład własny mieszkańców", "Stawka godzinowa");

        // the contribution criterion cannot be removed
        Page refused = official.submit(path, path,
                settings("Uchwała nr XX/1/2026", "3", "ALL_YEAR", "", "", "", "Celowość", "100", "10"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("Kryterium wkładu własnego mieszkańców jest obowiązkowe (art. 19c)");
        // the weights add up to 100, the contribution weighs at least as much as any
        // other
        refused = official.submit(path, path, settings("Uchwała nr XX/1/2026", "3", "ALL_YEAR", "Wkład mieszkańców",
                "40", "10", "Celowość", "50", "10"));
        assertThat(refused.text()).contains("sumują się do 90%");
        refused = official.submit(path, path, settings("Uchwała nr XX/1/2026", "3", "ALL_YEAR", "Wkład mieszkańców",
                "40", "10", "Celowość", "60", "10"));
        assertThat(refused.text()).contains("co najmniej taka jak największa waga innego kryterium (60%)");
        // rounds needed for intake in rounds; a group of one is no group
        refused = official.submit(path, path, settings("Uchwała nr XX/1/2026", "1", "ROUNDS", "Wkład mieszkańców", "60",
                "10", "Celowość", "40", "5"));
        assertThat(refused.text()).contains("od 2 do 500 osób", "Podaj co najmniej jeden termin naboru");

        Map<String, String> good = settings("Uchwała nr XX/1/2026 Rady Gminy Krasocin", "4", "ROUNDS",
                "Wkład mieszkańców", "60", "10", "Celowość", "40", "5");
        good.put("rounds[0].opensOn", "2026-03-01");
        good.put("rounds[0].closesOn", "2026-03-31");
        Page saved = official.submit(path, path, good);
        assertThat(saved.status()).isEqualTo(302);
        Page shown = official.get(path);
        assertThat(shown.text()).contains("Zasady z uchwały zostały zapisane.");
        assertThat(shown.inputValue("minGroupSize")).isEqualTo("4");
        assertThat(shown.inputValue("rounds0.opensOn")).isEqualTo("2026-03-01");
        assertThat(jdbc.sql("""
                select count(*) from audit_log where entity_type = 'InitiativeSettings' and jst_id = :jst""")
            .param("jst", jstId(KRASOCIN))
            .query(Long.class)
            .single()).isPositive();

        // others: 403 on the page and on a crafted post
        WebClient foreign = loggedIn(userWithRole(Role.OFFICIAL, SECEMIN));
        assertThat(foreign.get(path).status()).isEqualTo(403);
        String csrf = foreign.get("/initiatives/settings/" + jstId(SECEMIN)).csrf();
        assertThat(foreign.post(path, good, csrf).status()).isEqualTo(403);
        WebClient resident = loggedIn(userWithRole(Role.RESIDENT, KRASOCIN));
        assertThat(resident.get(path).status()).isEqualTo(403);
        assertThat(resident
            .post(path + "/rates", Map.of("validFrom", "2026-01-01", "rate", "30", "source", "x"),
                    resident.get("/").csrf())
            .status()).isEqualTo(403);
    }

    @Test
    void theHourlyRateIsDatedWithItsSource() {
        String path = "/initiatives/settings/" + jstId(KRASOCIN);
        WebClient official = loggedIn(userWithRole(Role.JST_ADMIN, KRASOCIN));
        Map<String, String> rate = new HashMap<>(
                Map.of("validFrom", "2031-01-01", "rate", "", "source", "Zarządzenie wójta nr 1/2031"));
        Page refused = official.submit(path, path + "/rates", rate);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("Stawka musi być większa od zera.");
        rate.put("rate", "31,50");
        assertThat(official.submit(path, path + "/rates", rate).status()).isEqualTo(302);
        assertThat(official.get(path).text()).contains("01.01.2031", "31,50 zł", "Zarządzenie wójta nr 1/2031");
        refused = official.submit(path, path + "/rates", rate);
        assertThat(refused.text()).contains("Od tego dnia obowiązuje już inna stawka.");
    }

}
