package pl.wspolnie.competitions;

import org.junit.jupiter.api.Test;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rates of interest for a late return as a dated setting with a form (issue 19, point
 * 5): the platform administrator adds a rate from a day with its source; the rate above 0
 * and at most 100 %, one rate a day, the source required, each refusal at its field with
 * what was typed kept; officials see the list without the form; anybody else 403; the new
 * row audited.
 */
class InterestRateSettingsTest extends IntegrationTest {

    private static final String PATH = "/competitions/interest-rates";

    @Test
    void thePlatformAdministratorAddsADatedRateWithItsSource() {
        WebClient admin = loggedIn(userWithRole(Role.PLATFORM_ADMIN, null));
        Page page = admin.get(PATH);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("Stawki odsetek za zwłokę w zwrocie dotacji", "09.10.2025", "12,00 %",
                "wpisana przy instalacji", "Dodaj stawkę");

        // Far in the future so that no other test's late return reaches it.
        LocalDate from = LocalDate.of(2090, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000));
        String source = "Obwieszczenie MF z dnia " + from.minusDays(3).format(DateTimeFormatter.ofPattern("d.MM.yyyy"))
                + " w sprawie wysokości odsetek za zwłokę";

        Page zero = admin.post(PATH, rate(from, "0", source), page.csrf());
        assertThat(zero.status()).isEqualTo(422);
        assertThat(zero.text()).contains("Stawka musi być liczbą większą od 0 i nie większą niż 100");
        assertThat(zero.body()).contains("id=\"rate-error\"");
        assertThat(zero.inputValue("source")).isEqualTo(source);
        assertThat(admin.post(PATH, rate(from, "100,01", source), page.csrf()).text())
            .contains("Stawka musi być liczbą większą od 0 i nie większą niż 100");
        assertThat(admin.post(PATH, rate(from, "dwanaście", source), page.csrf()).status()).isEqualTo(422);
        Page taken = admin.post(PATH, rate(LocalDate.of(2025, 10, 9), "11,5", ""), page.csrf());
        assertThat(taken.status()).isEqualTo(422);
        assertThat(taken.text()).contains("Od tego dnia obowiązuje już inna stawka",
                "Podaj źródło stawki (obwieszczenie Ministra Finansów).");
        assertThat(taken.inputValue("rate")).isEqualTo("11,5");

        Map<String, String> typedByHand = rate(from, "11,5", source);
        typedByHand.put("validFrom", from.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        assertThat(admin.post(PATH, typedByHand, page.csrf()).status())
            .as("a date field also reads dd.MM.yyyy typed by hand, as its error message asks")
            .isEqualTo(302);
        Page listed = admin.get(PATH);
        assertThat(listed.text()).contains("Dodano stawkę odsetek.",
                from.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")), "11,50 %", source);
        assertThat(admin.post(PATH, rate(from, "11", source), listed.csrf()).text()).as("one rate a day")
            .contains("Od tego dnia obowiązuje już inna stawka");
        assertThat(jdbc
            .sql("select count(*) from audit_log where entity_type like '%InterestRate' and after_state::text like ?")
            .param("%" + from + "%")
            .query(Long.class)
            .single()).isEqualTo(1);

        // Officials see the list without the form; they and anybody else may not add.
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        Page seen = official.get(PATH);
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.text()).contains("11,50 %").doesNotContain("Dodaj stawkę");
        assertThat(official.post(PATH, rate(from.plusDays(1), "11", source), seen.csrf()).status()).isEqualTo(403);
        WebClient resident = loggedIn(plainUser());
        assertThat(resident.get(PATH).status()).isEqualTo(403);
        assertThat(resident.post(PATH, rate(from.plusDays(1), "11", source), resident.get("/").csrf()).status())
            .isEqualTo(403);
        assertThat(visitor().get(PATH).status()).isIn(302, 401, 403);
    }

    private static Map<String, String> rate(LocalDate from, String rate, String source) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("validFrom", from.toString());
        f.put("rate", rate);
        f.put("source", source);
        return f;
    }

}
