package pl.wspolnie.budget;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import pl.wspolnie.budget.domain.Editions;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.StatementCounter;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public project list costs the same few statements however many projects and
 * supports a page shows (no N+1).
 */
@Import(StatementCounter.Config.class)
class ProjectListStatementCountTest extends IntegrationTest {

    /** The edition, its pools, the count and the page of rows. */
    static final int LIST_LIMIT = 4;

    @Autowired
    Editions editions;

    @Test
    void projectListOfAFullPage() {
        BudgetFixtures.Edition edition = BudgetFixtures.inSubmission(editions, jstId(KLUCZEWSKO), LocalDate.now(clock));
        WebClient author = loggedIn(plainUser());
        String newPath = "/budget/" + edition.id() + "/projects/new";
        String list = "/budget/" + edition.id() + "/projects";
        Page few = null;
        for (int i = 0; i < 21; i++) {
            Map<String, String> form = ProjectSubmissionTest.project(edition.areaPool(), "Liczony projekt " + i,
                    "Koszt", "100");
            form.put("action", "submit");
            Page submitted = author.submit(newPath, newPath, form);
            author.submit("/budget/projects/" + ProjectSubmissionTest.idOf(submitted),
                    "/budget/projects/" + ProjectSubmissionTest.idOf(submitted) + "/support", Map.of());
            if (i == 1) {
                WebClient visitor = visitor();
                StatementCounter.Counted<Page> counted = StatementCounter.during(() -> visitor.get(list));
                assertThat(counted.result().status()).isEqualTo(200);
                few = counted.result();
                assertThat(counted.statements()).as(String.join("\n", counted.statements()))
                    .hasSizeLessThanOrEqualTo(LIST_LIMIT);
            }
        }
        assertThat(few).isNotNull();
        WebClient visitor = visitor();
        StatementCounter.Counted<Page> counted = StatementCounter.during(() -> visitor.get(list));
        assertThat(counted.result().text()).contains("Liczony projekt 0", "1 z 3");
        assertThat(counted.result().body()).contains("rel=\"next\"");
        assertThat(counted.statements()).as(String.join("\n", counted.statements()))
            .hasSizeLessThanOrEqualTo(LIST_LIMIT);
    }

}
