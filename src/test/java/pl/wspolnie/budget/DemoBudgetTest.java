package pl.wspolnie.budget;

import org.junit.jupiter.api.Test;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo (on in the tests, as in a fresh install): Gmina Kluczewsko's edition of this
 * year in the submission phase with two area pools and five submitted projects, and the
 * coordinator budzet@wspolnie.demo who may edit it.
 */
class DemoBudgetTest extends IntegrationTest {

    @Test
    void kluczewskoHasAnEditionInTheSubmissionPhase() {
        int year = LocalDate.now(clock).getYear();
        Long id = jdbc.sql("select id from budget_edition where jst_id = ? and year = ?")
            .param(jstId(KLUCZEWSKO))
            .param(year)
            .query(Long.class)
            .single();
        Page edition = visitor().get("/budget/" + id);
        assertThat(edition.text()).contains("Budżet obywatelski Gminy Kluczewsko " + year,
                "Trwa etap: Zgłaszanie projektów.", "Kluczewsko i sołectwa północne", "Sołectwa południowe");
        Page projects = visitor().get("/budget/" + id + "/projects");
        assertThat(projects.text()).contains("Zgłoszonych projektów: 5", "Ławki i stojaki rowerowe przy rynku")
            .doesNotContain("Oświetlenie przystanku");
        WebClient coordinator = loggedIn("budzet@wspolnie.demo");
        assertThat(coordinator.get("/budget/" + id + "/edit").status()).isEqualTo(200);
        assertThat(loggedIn("mieszkaniec@wspolnie.demo").get("/budget/mine").text())
            .contains("Oświetlenie przystanku w Stanowiskach", "szkic (niezgłoszony)");
    }

}
