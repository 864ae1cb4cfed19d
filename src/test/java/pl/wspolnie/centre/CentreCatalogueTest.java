package pl.wspolnie.centre;

import org.junit.jupiter.api.Test;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CentreCatalogueTest extends CentreIntegrationTest {

    private Map<String, String> centreForm(String name) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("jstId", String.valueOf(jstId(POWIAT)));
        f.put("name", name);
        f.put("address", "ul. Wiśniowa 10, 29-100 Włoszczowa");
        f.put("email", "cop@test.wspolnie.pl");
        f.put("phone", "41 000 00 00");
        f.put("servedJsts", jstId(KLUCZEWSKO) + "," + jstId(SECEMIN));
        f.put("opens[0]", "08:00");
        f.put("closes[0]", "16:00");
        f.put("opens[1]", "10:00");
        f.put("closes[1]", "18:00");
        return f;
    }

    @Test
    void staffOpenACentreServingTwoGminasAndTheCatalogueIsPublic() {
        WebClient staff = loggedIn(userWithRole(Role.CENTRE_STAFF, POWIAT));
        String name = "Centrum Organizacji Pozarządowych " + TestOrganizations.word();
        Page form = staff.get("/centre/new");
        assertThat(form.status()).isEqualTo(200);
        Map<String, String> bad = centreForm("");
        bad.put("closes[1]", "09:00");
        Page invalid = staff.post("/centre/new", bad, form.csrf());
        assertThat(invalid.text()).contains("Popraw błędy w formularzu", "To pole jest wymagane.");
        Map<String, String> badHours = centreForm(name);
        badHours.put("closes[1]", "09:00");
        Page hours = staff.post("/centre/new", badHours, form.csrf());
        assertThat(hours.text()).contains("Godzina zamknięcia musi być późniejsza niż godzina otwarcia.");
        assertThat(hours.inputValue("name")).isEqualTo(name);

        Page created = staff.post("/centre/new", centreForm(name), form.csrf());
        String path = created.redirectPath();
        Page added = staff.post(
                path + "/services", Map.of("name", "Doradztwo księgowe", "description",
                        "Pomoc w prowadzeniu uproszczonej ewidencji.", "eligibility", "Organizacje z gmin partnerstwa"),
                staff.get(path).csrf());
        assertThat(added.status()).isEqualTo(302);
        assertThat(staff
            .post(path + "/services", Map.of("name", "", "description", "x".repeat(4001), "eligibility", ""),
                    staff.get(path).csrf())
            .text()).contains("Tekst jest za długi");

        Page shown = visitor().get(path);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.text()).contains(name, "Gmina Kluczewsko", "Gmina Secemin", "poniedziałek 08:00–16:00",
                "wtorek 10:00–18:00", "Doradztwo księgowe", "Organizacje z gmin partnerstwa");
        assertThat(shown.text()).doesNotContain("Dodaj usługę");
        assertThat(visitor().get("/centre").text()).contains(name);
    }

    @Test
    void onlyStaffOfTheCentresJstsManageIt() {
        long centreId = CentreFixtures.centreWithRoom(catalogue, jstId(POWIAT)).centreId();
        CentreFixtures.Ngo ngo = CentreFixtures.ngo(provisioning, seeding, uniqueEmail("cat"), jstId(KLUCZEWSKO));
        WebClient rep = loggedIn(ngo.repEmail());
        String csrf = rep.get("/centre").csrf();
        assertThat(rep.get("/centre/" + centreId + "/edit").status()).isEqualTo(403);
        assertThat(rep.get("/centre/new").status()).isEqualTo(403);
        assertThat(rep
            .post("/centre/" + centreId + "/services", Map.of("name", "X", "description", "X", "eligibility", "X"),
                    csrf)
            .status()).isEqualTo(403);
        assertThat(rep.get("/centre/" + centreId + "/resources/new").status()).isEqualTo(403);
        assertThat(rep.get("/centre/" + centreId + "/trainings/new").status()).isEqualTo(403);
        assertThat(rep.post("/centre/" + centreId + "/advice/slots", Map.of("specialty", "LEGAL"), csrf).status())
            .isEqualTo(403);
        WebClient gminaStaff = loggedIn(userWithRole(Role.CENTRE_STAFF, SECEMIN));
        assertThat(gminaStaff.get("/centre/" + centreId + "/edit").status()).as("the centre does not serve Secemin")
            .isEqualTo(403);
        Map<String, String> forged = centreForm("Cudze centrum");
        assertThat(gminaStaff.post("/centre/new", forged, gminaStaff.get("/centre").csrf()).status())
            .as("a centre in a JST where one is not staff")
            .isEqualTo(403);
        assertThat(visitor().get("/centre/" + centreId + "/edit").status()).isIn(302, 401, 403);
    }

}
