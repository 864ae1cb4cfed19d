package pl.wspolnie.budget;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.budget.domain.CostLine;
import pl.wspolnie.budget.domain.EditionDetails;
import pl.wspolnie.budget.domain.Editions;
import pl.wspolnie.budget.domain.Editions.PoolDetails;
import pl.wspolnie.budget.domain.ProjectDetails;
import pl.wspolnie.budget.domain.Projects;
import pl.wspolnie.budget.domain.review.Reviews;
import pl.wspolnie.support.AtOnce;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An edition in voting with projects in two area pools and the whole gmina, and the
 * helpers of the voting tests.
 */
abstract class VotingSupport extends IntegrationTest {

    @Autowired
    Editions editions;

    @Autowired
    Projects projects;

    @Autowired
    Reviews reviews;

    /**
     * An edition in voting (16+, 2 per pool, one area pool) with projects in two areas
     * and the whole gmina.
     */
    record Ballot(long id, long area1, long area2, long area3, long other1, long whole1, long whole2) {

        String path() {
            return "/budget/" + id + "/vote";
        }

    }

    Ballot votingEdition() {
        LocalDate today = LocalDate.now(clock);
        long id = editions.seed(new EditionDetails(jstId(KLUCZEWSKO), BudgetFixtures.year(), "Budżet głosowany",
                new BigDecimal("40000000.00"), "Rb-28S", 16, 2, 1, false, BudgetFixtures.timeline(today)));
        long area = editions.seedPool(id,
                new PoolDetails("Osiedle Słoneczne", false, new BigDecimal("50000.00"), 3000, 3));
        long other = editions.seedPool(id,
                new PoolDetails("Osiedle Leśne", false, new BigDecimal("40000.00"), 2000, 2));
        long whole = editions.seedPool(id, new PoolDetails("Cała gmina", true, new BigDecimal("150000.00"), 5000, 5));
        long author = provisioning.ensureConfirmedUser(uniqueEmail("author"), "Autor Projektu", DEMO_PASSWORD);
        Ballot ballot = new Ballot(id, project(id, author, area, "Ławki w parku"),
                project(id, author, area, "Plac zabaw"), project(id, author, area, "Zieleń przy szkole"),
                project(id, author, other, "Ścieżka w lesie"), project(id, author, whole, "Rowery miejskie"),
                project(id, author, whole, "Kino plenerowe"));
        clock.advance(Duration.ofDays(41));
        return ballot;
    }

    long project(long editionId, long author, long pool, String title) {
        return reviewed(
                projects.seed(
                        editionId, author, new ProjectDetails(pool, title, "Opis projektu " + title, "Kluczewsko",
                                "Potrzeba mieszkańców", List.of(new CostLine("Prace", new BigDecimal("10000.00")))),
                        true));
    }

    /**
     * The project reviewed positively (formal and merit, at its submitted cost): only
     * such projects are on the ballot.
     */
    long reviewed(long projectId) {
        reviews.seedPositive(projectId);
        return projectId;
    }

    Map<String, String> vote(String pesel, LocalDate born, long... choices) {
        Map<String, String> form = new HashMap<>();
        form.put("pesel", pesel);
        form.put("birthDate", born.toString());
        form.put("resident", "true");
        StringBuilder ids = new StringBuilder();
        for (long c : choices) {
            ids.append(ids.length() == 0 ? "" : ",").append(c);
        }
        form.put("choices", ids.toString());
        return form;
    }

    static Map<String, String> with(Map<String, String> form, String key, String value) {
        Map<String, String> copy = new HashMap<>(form);
        copy.put(key, value);
        return copy;
    }

    LocalDate adult() {
        return LocalDate.now(clock).minusYears(30).minusDays(3);
    }

    long ballots(long editionId) {
        return jdbc.sql("select count(*) from budget_ballot where edition_id = ?")
            .param(editionId)
            .query(Long.class)
            .single();
    }

    long voters(long editionId) {
        return jdbc.sql("select count(*) from budget_voter where edition_id = ?")
            .param(editionId)
            .query(Long.class)
            .single();
    }

    static String receiptOf(Page page) {
        Matcher m = Pattern.compile("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}").matcher(page.text());
        assertThat(m.find()).as(page.text()).isTrue();
        return m.group();
    }

}
