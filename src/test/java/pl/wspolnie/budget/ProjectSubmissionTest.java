package pl.wspolnie.budget;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.budget.domain.Editions;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A resident drafts a project on the server, submits it in the submission phase within
 * the pool's amount, and corrects it as a new version while the old one stays with its
 * SHA-256; the public list and page show only submitted versions.
 */
class ProjectSubmissionTest extends IntegrationTest {

    @Autowired
    Editions editions;

    static Map<String, String> project(long poolId, String title, String... costs) {
        Map<String, String> form = new HashMap<>();
        form.put("poolId", String.valueOf(poolId));
        form.put("title", title);
        form.put("description", "Ławki, kosze i nasadzenia wzdłuż alejki.");
        form.put("location", "Park przy ul. Spacerowej");
        form.put("justification", "Mieszkańcy nie mają gdzie odpocząć.");
        for (int i = 0; i < costs.length; i += 2) {
            form.put("costLines[" + i / 2 + "].item", costs[i]);
            form.put("costLines[" + i / 2 + "].amount", costs[i + 1]);
        }
        return form;
    }

    static long idOf(Page page) {
        return Long.parseLong(page.location().replaceAll(".*/budget/projects/(\\d+).*", "$1"));
    }

    @Test
    void draftSurvivesALaterLoginAndIsNotPublic() {
        BudgetFixtures.Edition edition = BudgetFixtures.inSubmission(editions, jstId(KLUCZEWSKO), LocalDate.now(clock));
        String email = plainUser();
        String newPath = "/budget/" + edition.id() + "/projects/new";
        Map<String, String> form = project(edition.areaPool(), "Skwer pod lipami", "Ławki", "4 500,00");
        form.put("description", "");
        Page saved = loggedIn(email).submit(newPath, newPath, form);
        assertThat(saved.status()).isEqualTo(302);
        long id = idOf(saved);

        // a new session (the browser was closed): the draft is there, with its values
        WebClient later = loggedIn(email);
        assertThat(later.get("/budget/mine").text().replace('\u00a0', ' ')).contains("Skwer pod lipami",
                "szkic (niezgłoszony)");
        Page edit = later.get("/budget/projects/" + id + "/edit");
        assertThat(edit.inputValue("title")).isEqualTo("Skwer pod lipami");
        assertThat(edit.inputValue("costLines0.amount")).isEqualTo("4500.00");

        assertThat(visitor().get("/budget/projects/" + id).status()).isEqualTo(404);
        assertThat(loggedIn(plainUser()).get("/budget/projects/" + id + "/edit").status()).isEqualTo(403);
        assertThat(visitor().get("/budget/" + edition.id() + "/projects").text().replace('\u00a0', ' '))
            .doesNotContain("Skwer pod lipami");
    }

    @Test
    void submittedVersionsAreImmutableAndACorrectionIsANewVersion() {
        BudgetFixtures.Edition edition = BudgetFixtures.inSubmission(editions, jstId(KLUCZEWSKO), LocalDate.now(clock));
        WebClient author = loggedIn(plainUser());
        String newPath = "/budget/" + edition.id() + "/projects/new";
        Map<String, String> form = project(edition.areaPool(), "Plac zabaw przy szkole", "Huśtawki", "12 000,00",
                "Nawierzchnia", "8 000,50");
        form.put("action", "submit");
        Page submitted = author.submit(newPath, newPath, form);
        assertThat(submitted.status()).isEqualTo(302);
        long id = idOf(submitted);
        Page page = visitor().get("/budget/projects/" + id);
        assertThat(page.text().replace('\u00a0', ' ')).contains("Plac zabaw przy szkole", "20 000,50 zł", "Wersja 1",
                "Osiedle Słoneczne");
        String firstHash = jdbc.sql("select sha256 from budget_project_version where project_id = ? and number = 1")
            .param(id)
            .query(String.class)
            .single();
        assertThat(firstHash).hasSize(64);
        assertThat(page.text().replace('\u00a0', ' ')).contains(firstHash);

        // the same content again is not a new version
        String edit = "/budget/projects/" + id + "/edit";
        Map<String, String> again = new HashMap<>(form);
        Page unchanged = author.submit(edit, edit, again);
        assertThat(unchanged.status()).isEqualTo(422);
        assertThat(unchanged.text().replace('\u00a0', ' ')).contains("Ta wersja jest już zgłoszona");

        Map<String, String> corrected = new HashMap<>(form);
        corrected.put("title", "Plac zabaw przy szkole podstawowej");
        assertThat(author.submit(edit, edit, corrected).status()).isEqualTo(302);
        Page second = visitor().get("/budget/projects/" + id);
        assertThat(second.text().replace('\u00a0', ' ')).contains("Plac zabaw przy szkole podstawowej", "Wersja 2",
                "Wersja 1", firstHash);
        Page first = visitor().get("/budget/projects/" + id + "?version=1");
        assertThat(first.text().replace('\u00a0', ' ')).contains("To jest wcześniejsza wersja 1")
            .contains("Plac zabaw przy szkole");

        // the database refuses to change a submitted version
        assertThatThrownBy(
                () -> jdbc.sql("update budget_project_version set title = 'x' where project_id = ?").param(id).update())
            .hasMessageContaining("never changed");
        assertThat(jdbc.sql("select count(*) from audit_log where entity_type like '%ProjectVersion' and jst_id = ?")
            .param(jstId(KLUCZEWSKO))
            .query(Integer.class)
            .single()).isPositive();
    }

    @Test
    void costAboveThePoolAndMissingFieldsAreRefusedAtTheFieldsWithTheDraftKept() {
        BudgetFixtures.Edition edition = BudgetFixtures.inSubmission(editions, jstId(KLUCZEWSKO), LocalDate.now(clock));
        WebClient author = loggedIn(plainUser());
        String newPath = "/budget/" + edition.id() + "/projects/new";
        Map<String, String> form = project(edition.areaPool(), "Boisko wielofunkcyjne", "Nawierzchnia", "45 000",
                "Bramki", "5 000,01", "Piłki", "abc");
        form.put("justification", " ");
        form.put("action", "submit");
        Page refused = author.submit(newPath, newPath, form);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text().replace('\u00a0', ' ')).contains("Wpisz kwotę, np. 1 234,56.");
        assertThat(refused.inputValue("costLines2.amount")).isEqualTo("abc");
        assertThat(refused.inputValue("title")).isEqualTo("Boisko wielofunkcyjne");

        form.remove("costLines[2].item");
        form.remove("costLines[2].amount");
        Page above = author.submit(newPath, newPath, form);
        assertThat(above.status()).isEqualTo(422);
        assertThat(above.text().replace('\u00a0', ' '))
            .contains("Szacowany koszt (50 000,01 zł) przekracza kwotę puli Osiedle Słoneczne (50 000,00 zł).")
            .contains("To pole jest wymagane do zgłoszenia projektu.")
            .contains("Szkic został zapisany");
        assertThat(above.body()).contains("id=\"costLines-error\"", "id=\"justification-error\"");
        assertThat(above.inputValue("title")).isEqualTo("Boisko wielofunkcyjne");
        assertThat(visitor().get("/budget/" + edition.id() + "/projects").text().replace('\u00a0', ' '))
            .doesNotContain("Boisko wielofunkcyjne");
    }

    @Test
    void submissionOnlyInTheSubmissionPhase() {
        BudgetFixtures.Edition edition = BudgetFixtures.inSubmission(editions, jstId(KLUCZEWSKO), LocalDate.now(clock));
        WebClient author = loggedIn(plainUser());
        String newPath = "/budget/" + edition.id() + "/projects/new";
        String csrf = author.get(newPath).csrf();
        clock.advance(Duration.ofDays(11)); // review has started
        Map<String, String> form = project(edition.areaPool(), "Spóźniony projekt", "Ławki", "1000");
        form.put("action", "submit");
        Page late = author.post(newPath, form, csrf);
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.text().replace('\u00a0', ' ')).contains("Projekty można zgłaszać od");
        assertThat(jdbc
            .sql("select count(*) from budget_project_version v join budget_project p on p.id = v.project_id "
                    + "where p.edition_id = ?")
            .param(edition.id())
            .query(Integer.class)
            .single()).isZero();
    }

    @Test
    void publicListFiltersByPoolAndPages() {
        BudgetFixtures.Edition edition = BudgetFixtures.inSubmission(editions, jstId(KLUCZEWSKO), LocalDate.now(clock));
        WebClient author = loggedIn(plainUser());
        String newPath = "/budget/" + edition.id() + "/projects/new";
        for (int i = 0; i < 22; i++) {
            Map<String, String> form = project(i < 21 ? edition.areaPool() : edition.wholePool(),
                    "Projekt %02d".formatted(i), "Koszt", "1000");
            form.put("action", "submit");
            assertThat(author.submit(newPath, newPath, form).status()).isEqualTo(302);
        }
        String list = "/budget/" + edition.id() + "/projects";
        Page first = visitor().get(list);
        assertThat(first.text().replace('\u00a0', ' '))
            .contains("Zgłoszonych projektów: 22", "Projekt 00", "Projekt 19")
            .doesNotContain("Projekt 20");
        assertThat(first.body()).contains("rel=\"next\"");
        assertThat(visitor().get(list + "?page=1").text().replace('\u00a0', ' ')).contains("Projekt 20", "Projekt 21");
        Page whole = visitor().get(list + "?pool=" + edition.wholePool());
        assertThat(whole.text().replace('\u00a0', ' ')).contains("Zgłoszonych projektów: 1", "Projekt 21")
            .doesNotContain("Projekt 00");
    }

}
