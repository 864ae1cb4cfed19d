package pl.wspolnie.budget;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.budget.domain.Editions;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import java.time.format.DateTimeFormatter;
import pl.wspolnie.calendar.Eventually;

/**
 * An official of a gmina sets up an edition: pools, the 0.5% check (a warning), the rules
 * of the resolution (signatures at most 0.1% of the area), the timeline in order, and the
 * freeze once voting opens.
 */
class EditionTest extends IntegrationTest {

    @Autowired
    Editions editions;

    @Test
    void officialSetsUpAnEditionWithPoolsAndThePublicSeesItsTimeline() {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, KLUCZEWSKO));
        int year = BudgetFixtures.year();
        LocalDate today = LocalDate.now(clock);
        Page created = official.submit("/budget/new", "/budget/new",
                BudgetFixtures.editionForm(jstId(KLUCZEWSKO), year, today));
        assertThat(created.status()).as(created.text().replace('\u00a0', ' ')).isEqualTo(302);
        assertThat(official.get(created.location()).text().replace('\u00a0', ' ')).contains("Edycja została utworzona");
        String edition = created.location().replaceAll(".*(/budget/\\d+).*", "$1");

        Page pool = official.submit(edition + "/pools/new", edition + "/pools/new", Map.of("name", "Sołectwo Zabrodzie",
                "amount", "120 000,00", "population", "2000", "signaturesRequired", "2"));
        assertThat(pool.status()).isEqualTo(302);
        Page shown = official.get(pool.location());
        // 120 000 zł is below 0.5% of 40 000 000 zł (200 000 zł): a warning, not a
        // refusal
        assertThat(shown.text().replace('\u00a0', ' '))
            .contains("Łączna kwota pul (120 000,00 zł) jest mniejsza niż 0,5% wydatków (200 000,00 zł)");
        official.submit(edition + "/pools/new", edition + "/pools/new", Map.of("name", "Cała gmina", "wholeJst", "true",
                "amount", "100 000,00", "population", "5000", "signaturesRequired", "5"));

        Page page = visitor().get(edition);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text().replace('\u00a0', ' '))
            .contains("Sołectwo Zabrodzie", "120 000,00 zł", "220 000,00 zł", "0,55% wydatków")
            .doesNotContain("mniejsza niż 0,5%")
            .contains("Zgłaszanie projektów", "Głosowanie", "Realizacja",
                    today.minusDays(5).format(DateTimeFormatter.ofPattern("dd.MM.yyyy")))
            .contains("Trwa etap: Zgłaszanie projektów.")
            .contains("Sprawozdanie Rb-28S za rok poprzedni");
        assertThat(page.body()).doesNotContain("/pools/new");
    }

    @Test
    void signaturesAboveOneTenthOfAPercentOfTheAreaAreRefusedAtTheField() {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, KLUCZEWSKO));
        long id = BudgetFixtures.inSubmission(editions, jstId(KLUCZEWSKO), LocalDate.now(clock)).id();
        String path = "/budget/" + id + "/pools/new";
        Page refused = official.submit(path, path,
                Map.of("name", "Osiedle Leśne", "amount", "30 000", "population", "2999", "signaturesRequired", "3"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text().replace('\u00a0', ' '))
            .contains("Najwyżej 2 podpisów: to 0,1% z 2999 mieszkańców obszaru");
        assertThat(refused.inputValue("name")).isEqualTo("Osiedle Leśne");
        Page accepted = official.submit(path, path,
                Map.of("name", "Osiedle Leśne", "amount", "30 000", "population", "3000", "signaturesRequired", "3"));
        assertThat(accepted.status()).isEqualTo(302);
    }

    @Test
    void phasesOutOfOrderAreRefusedWithTheTypedValuesKept() {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, KLUCZEWSKO));
        LocalDate today = LocalDate.now(clock);
        Map<String, String> form = BudgetFixtures.editionForm(jstId(KLUCZEWSKO), BudgetFixtures.year(), today);
        form.put("reviewTo", today.toString()); // before the review starts
        form.put("votingFrom", today.plusDays(35).toString()); // inside the appeals
        form.put("title", "Edycja z błędem");
        Page refused = official.submit("/budget/new", "/budget/new", form);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text().replace('\u00a0', ' '))
            .contains("Koniec etapu nie może być wcześniejszy niż jego początek.")
            .contains("Etap musi zaczynać się po zakończeniu poprzedniego.");
        assertThat(refused.body()).contains("id=\"reviewTo-error\"", "id=\"votingFrom-error\"");
        assertThat(refused.inputValue("title")).isEqualTo("Edycja z błędem");
    }

    @Test
    void onlyOfficialsOfThatGminaChangeItsEdition() {
        long id = BudgetFixtures.inSubmission(editions, jstId(KLUCZEWSKO), LocalDate.now(clock)).id();
        WebClient foreign = loggedIn(userWithRole(Role.OFFICIAL, SECEMIN));
        assertThat(foreign.get("/budget/" + id + "/edit").status()).isEqualTo(403);
        WebClient ownOfficial = loggedIn(userWithRole(Role.OFFICIAL, KLUCZEWSKO));
        String csrf = ownOfficial.get("/budget/" + id + "/edit").csrf();
        WebClient resident = loggedIn(userWithRole(Role.RESIDENT, KLUCZEWSKO));
        assertThat(resident
            .post("/budget/" + id + "/pools/new",
                    Map.of("name", "X", "amount", "1000", "population", "1000", "signaturesRequired", "1"),
                    resident.get("/budget").csrf())
            .status()).isEqualTo(403);
        assertThat(foreign
            .post("/budget/" + id + "/pools/new",
                    Map.of("name", "X", "amount", "1000", "population", "1000", "signaturesRequired", "1"),
                    foreign.get("/budget").csrf())
            .status()).isEqualTo(403);
        // without the CSRF token even the right official is refused
        assertThat(ownOfficial
            .post("/budget/" + id + "/pools/new",
                    Map.of("name", "X", "amount", "1000", "population", "1000", "signaturesRequired", "1"), null)
            .status()).isEqualTo(403);
        assertThat(csrf).isNotBlank();
        assertThat(editions.pools(id)).hasSize(2);
    }

    @Test
    void rulesAndPoolsAreFrozenOnceVotingOpens() {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, KLUCZEWSKO));
        BudgetFixtures.Edition edition = BudgetFixtures.inSubmission(editions, jstId(KLUCZEWSKO), LocalDate.now(clock));
        String path = "/budget/" + edition.id() + "/edit";
        Map<String, String> form = BudgetFixtures.editionForm(jstId(KLUCZEWSKO), editions.get(edition.id()).getYear(),
                LocalDate.now(clock));
        String csrf = official.get(path).csrf();
        clock.advance(Duration.ofDays(40));
        Page refused = official.post(path, form, csrf);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text().replace('\u00a0', ' ')).contains("zamrożone od otwarcia głosowania");
        Page pool = official.post("/budget/" + edition.id() + "/pools/" + edition.areaPool() + "/edit",
                Map.of("name", "Inna", "amount", "1", "population", "1000", "signaturesRequired", "1"), csrf);
        assertThat(pool.status()).isEqualTo(409);
        assertThat(editions.get(edition.id()).getMinAge()).isZero();
        assertThat(official.get("/budget/" + edition.id()).text().replace('\u00a0', ' '))
            .contains("Głosowanie zostało otwarte");
    }

    @Test
    void changesAreInTheAuditLog() {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, KLUCZEWSKO));
        int year = BudgetFixtures.year();
        Page created = official.submit("/budget/new", "/budget/new",
                BudgetFixtures.editionForm(jstId(KLUCZEWSKO), year, LocalDate.now(clock)));
        long id = Long.parseLong(created.location().replaceAll(".*/budget/(\\d+).*", "$1"));
        Integer rows = jdbc.sql("select count(*) from audit_log where entity_type like '%Edition' and entity_id = ?")
            .param(String.valueOf(id))
            .query(Integer.class)
            .single();
        assertThat(rows).isPositive();
    }

    @Test
    void theTimelineIsPublishedToTheCalendar() {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, KLUCZEWSKO));
        int year = BudgetFixtures.year();
        Page created = official.submit("/budget/new", "/budget/new",
                BudgetFixtures.editionForm(jstId(KLUCZEWSKO), year, LocalDate.now(clock)));
        long id = Long.parseLong(created.location().replaceAll(".*/budget/(\\d+).*", "$1"));
        Eventually.await("six phases in the calendar",
                () -> jdbc.sql("select count(*) from calendar_entry where source = 'budget' and source_id like ?")
                    .param("edition-" + id + "-%")
                    .query(Integer.class)
                    .single() == 6);
        assertThat(jdbc.sql("select title from calendar_entry where source = 'budget' and source_id = ?")
            .param("edition-" + id + "-voting")
            .query(String.class)
            .single()).isEqualTo("Głosowanie: Budżet obywatelski " + year);
    }

}
