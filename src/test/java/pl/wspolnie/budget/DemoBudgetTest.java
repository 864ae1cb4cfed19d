package pl.wspolnie.budget;

import org.junit.jupiter.api.Test;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo (on in the tests, as in a fresh install): Gmina Kluczewsko's edition of this
 * year in the voting phase with two area pools and twenty projects, last year's closed
 * edition with its results and the chosen projects in implementation, and the coordinator
 * budzet@wspolnie.demo who may edit them.
 */
class DemoBudgetTest extends IntegrationTest {

    private long edition(int year) {
        return jdbc.sql("select id from budget_edition where jst_id = ? and year = ?")
            .param(jstId(KLUCZEWSKO))
            .param(year)
            .query(Long.class)
            .single();
    }

    @Test
    void kluczewskoVotesOnThisYearsEdition() {
        int year = LocalDate.now(clock).getYear();
        long id = edition(year);
        Page edition = visitor().get("/budget/" + id);
        assertThat(edition.text()).contains("Budżet obywatelski Gminy Kluczewsko " + year, "Trwa etap: Głosowanie.",
                "Kluczewsko i sołectwa północne", "Sołectwa południowe");
        Page projects = visitor().get("/budget/" + id + "/projects");
        assertThat(projects.text())
            .contains("Zgłoszonych projektów: 20", "Ławki i stojaki rowerowe przy rynku",
                    "Defibrylator AED przy remizie w Kluczewsku")
            .doesNotContain("Oświetlenie przystanku");
        assertThat(visitor().get("/budget/" + id + "/results").status()).isEqualTo(404);
        WebClient resident = loggedIn("mieszkaniec@wspolnie.demo");
        assertThat(resident.get("/budget/" + id + "/vote").text()).contains("Siłownia plenerowa w Komparzowie",
                "Progi zwalniające przy szkole w Komparzowie");
        assertThat(resident.get("/budget/mine").text()).contains("Oświetlenie przystanku w Stanowiskach",
                "szkic (niezgłoszony)");
    }

    @Test
    void lastYearsEditionHasResultsAndProjectsInImplementation() {
        long id = edition(LocalDate.now(clock).getYear() - 1);
        String results = visitor().get("/budget/" + id + "/results").text().replace('\u00a0', ' ');
        assertThat(results).contains("Liczba oddanych głosów: 100 (przez internet: 100, na kartach papierowych: 0)")
            .contains("1 Remont chodnika przy ul. Szkolnej w Kluczewsku 58 000,00 zł 40 Wybrany do realizacji")
            .contains("4 Monitoring parkingu przy ośrodku zdrowia 30 000,00 zł 19 Nie mieści się w pozostałej kwocie")
            .contains("4 Kurs pierwszej pomocy dla mieszkańców 6 000,00 zł 5 Za mało głosów");

        String list = visitor().get("/budget/" + id + "/implementation").text().replace('\u00a0', ' ');
        assertThat(list)
            .contains("Projektów: 6", "Remont chodnika przy ul. Szkolnej w Kluczewsku", "Zrealizowany", "56 420,00 zł",
                    "Zielona klasa przy szkole w Bobrownikach", "W realizacji", "60%", "W przygotowaniu / przetarg",
                    "Niezrealizowany", "Sprzęt ratowniczy dla OSP Stanowiska", "Zaplanowany")
            .doesNotContain("Monitoring parkingu");
        assertThat(visitor().get("/budget/" + id + "/implementation?status=NOT_IMPLEMENTED").text())
            .contains("Wiata biesiadna w Dobromierzu")
            .doesNotContain("Remont chodnika");

        long pavement = jdbc.sql("""
                select p.id from budget_project p where p.edition_id = ? and p.title like 'Remont chodnika%'""")
            .param(id)
            .query(Long.class)
            .single();
        Page project = visitor().get("/budget/projects/" + pavement);
        assertThat(project.text()).contains("Realizacja projektu", "Zrealizowany", "100%", "Przetarg rozstrzygnięty",
                "Chodnik oddany do użytku", "Referat Inwestycji i Gospodarki Komunalnej");
        Matcher img = Pattern.compile("<img src=\"(/budget/photos/\\d+)\" alt=\"Rysunek poglądowy: [^\"]+\"")
            .matcher(project.body());
        assertThat(img.find()).as(project.body()).isTrue();
        HttpResponse<byte[]> photo = visitor().getBytes(img.group(1));
        assertThat(photo.headers().firstValue("Content-Type")).hasValue("image/png");

        WebClient coordinator = loggedIn("budzet@wspolnie.demo");
        assertThat(coordinator.get("/budget/projects/" + pavement + "/implementation/edit").status()).isEqualTo(200);
    }

}
