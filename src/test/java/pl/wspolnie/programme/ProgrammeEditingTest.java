package pl.wspolnie.programme;

import org.junit.jupiter.api.Test;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import java.time.Duration;

/**
 * Priority tasks and evaluation indicators of a draft programme are corrected and removed
 * by the JST's officials; others get 403, a row of another programme 404, and once the
 * programme is adopted 409.
 */
class ProgrammeEditingTest extends IntegrationTest {

    private static long firstId(String body, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(body);
        assertThat(m.find()).as(pattern).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void officialCorrectsAndRemovesTasksAndIndicatorsOfADraftOnly() {
        long jst = jstId(SECEMIN);
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, SECEMIN));
        int year = LocalDate.now(clock).getYear() + 2;
        Map<String, String> f = ProgrammeForms.programme(jst, "Program do poprawek " + TestOrganizations.word(), year,
                year);
        Page saved = official.submit("/programmes/new", "/programmes/new", f);
        String path = saved.redirectPath();
        String token = official.get(path).csrf();
        official.post(path + "/tasks",
                Map.of("sphereCode", "kultura", "description", "Festyn gminny", "plannedFunds", "5 000,00"), token);
        official.post(path + "/tasks",
                Map.of("sphereCode", "seniorzy", "description", "Klub seniora", "plannedFunds", "3000"), token);
        official.post(path + "/indicators", Map.of("name", "Liczba festynów", "target", "2"), token);
        official.post(path + "/indicators", Map.of("name", "Liczba seniorów", "target", "30"), token);
        String body = official.get(path).body();
        long festyn = firstId(body, "/tasks/(\\d+)/edit\"[^>]*>[^<]*Festyn gminny");
        long klub = firstId(body, "/tasks/(\\d+)/edit\"[^>]*>[^<]*Klub seniora");
        long festyny = firstId(body, "/indicators/(\\d+)/edit\"[^>]*>[^<]*Liczba festynów");
        long seniorzy = firstId(body, "/indicators/(\\d+)/edit\"[^>]*>[^<]*Liczba seniorów");

        // the form shows the row as saved; bad money is a field error with the typed text
        // kept
        Page form = official.get(path + "/tasks/" + festyn + "/edit");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.inputValue("description")).isEqualTo("Festyn gminny");
        assertThat(form.inputValue("plannedFunds")).isEqualTo("5000,00");
        Page bad = official.post(path + "/tasks/" + festyn + "/edit",
                Map.of("sphereCode", "kultura", "description", "Festyn", "plannedFunds", "-7"), token);
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.text()).contains("Wpisz kwotę w złotych");
        assertThat(bad.inputValue("plannedFunds")).isEqualTo("-7");
        assertThat(official
            .post(path + "/tasks/" + festyn + "/edit",
                    Map.of("sphereCode", "nieznana", "description", "Festyn", "plannedFunds", "1"), token)
            .status()).isEqualTo(422);
        assertThat(official
            .post(path + "/tasks/" + festyn + "/edit",
                    Map.of("sphereCode", "kultura", "description", "Festyn gminny i dożynki", "plannedFunds",
                            "7 250,50"),
                    token)
            .status()).isEqualTo(302);
        assertThat(official.post(path + "/tasks/" + klub + "/delete", Map.of(), token).status()).isEqualTo(302);
        Page indicatorForm = official.get(path + "/indicators/" + festyny + "/edit");
        assertThat(indicatorForm.inputValue("target")).isEqualTo("2");
        assertThat(indicatorForm.text()).contains("Wskaźnik oceny");
        assertThat(official
            .post(path + "/indicators/" + festyny + "/edit", Map.of("name", "Liczba festynów", "target", ""), token)
            .status()).isEqualTo(422);
        assertThat(official
            .post(path + "/indicators/" + festyny + "/edit", Map.of("name", "Liczba festynów i dożynek", "target", "3"),
                    token)
            .status()).isEqualTo(302);
        assertThat(official.post(path + "/indicators/" + seniorzy + "/delete", Map.of(), token).status())
            .isEqualTo(302);
        String draft = official.get(path).text().replace('\u00a0', ' ').replace('\u202f', ' ');
        assertThat(draft).contains("Festyn gminny i dożynki", "7 250,50 zł", "Liczba festynów i dożynek: 3")
            .doesNotContain("Klub seniora")
            .doesNotContain("Liczba seniorów");

        // crafted requests: another JST's official and a resident → 403; a row through
        // another programme → 404
        WebClient stranger = loggedIn(userWithRole(Role.OFFICIAL, KLUCZEWSKO));
        String strangerToken = stranger.get("/programmes").csrf();
        assertThat(stranger.get(path + "/tasks/" + festyn + "/edit").status()).isEqualTo(403);
        assertThat(stranger.post(path + "/tasks/" + festyn + "/delete", Map.of(), strangerToken).status())
            .isEqualTo(403);
        assertThat(stranger
            .post(path + "/indicators/" + festyny + "/edit", Map.of("name", "X", "target", "Y"), strangerToken)
            .status()).isEqualTo(403);
        WebClient resident = loggedIn(userWithRole(Role.RESIDENT, SECEMIN));
        assertThat(
                resident.post(path + "/indicators/" + festyny + "/delete", Map.of(), resident.get("/programmes").csrf())
                    .status())
            .isEqualTo(403);
        f.put("title", "Inny program " + TestOrganizations.word());
        String other = official.submit("/programmes/new", "/programmes/new", f).redirectPath();
        assertThat(official.get(other + "/tasks/" + festyn + "/edit").status()).isEqualTo(404);
        assertThat(official.post(other + "/indicators/" + festyny + "/delete", Map.of(), token).status())
            .isEqualTo(404);

        // adopted (after its consultation closed with a report): read-only
        assertThat(official
            .post(path + "/consultation",
                    Map.of("startsOn", LocalDate.now(clock).toString(), "endsOn",
                            LocalDate.now(clock).plusDays(13).toString(), "responsible", "Jan Urzędnik"),
                    token)
            .status()).isEqualTo(302);
        String consultation = official.get(path).body().replaceAll("(?s).*href=\"(/consultations/\\d+)\".*", "$1");
        clock.advance(Duration.ofDays(15));
        assertThat(official.post(consultation + "/close", Map.of("conclusions", "Bez uwag."), token).status())
            .isEqualTo(302);
        assertThat(
                official
                    .post(path + "/adopt",
                            Map.of("resolutionNumber", "XX/1/" + year, "resolutionDate",
                                    LocalDate.now(clock).toString()),
                            token)
                    .status())
            .isEqualTo(302);
        assertThat(official.get(path).body()).doesNotContain("/tasks/" + festyn + "/edit");
        Page late = official.post(path + "/tasks/" + festyn + "/edit",
                Map.of("sphereCode", "kultura", "description", "Zmiana", "plannedFunds", "1"), token);
        assertThat(late.status()).isEqualTo(409);
        assertThat(official.post(path + "/tasks/" + festyn + "/delete", Map.of(), token).status()).isEqualTo(409);
        assertThat(
                official.post(path + "/indicators/" + festyny + "/edit", Map.of("name", "Zmiana", "target", "1"), token)
                    .status())
            .isEqualTo(409);
        assertThat(official.post(path + "/indicators/" + festyny + "/delete", Map.of(), token).status()).isEqualTo(409);
        assertThat(visitor().get(path).text()).contains("Festyn gminny i dożynki");
    }

}
