package pl.wspolnie.budget;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import pl.wspolnie.budget.domain.Results;
import pl.wspolnie.support.StatementCounter;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The results are counted once: the first read in the results phase keeps the count, and
 * a chosen project's page and the implementation list read it from there, never the
 * ballots, however many there are; the kept count is the recount.
 */
@Import(StatementCounter.Config.class)
class PublishedResultsTest extends ImplementationSupport {

    @Test
    void theChosenProjectsPageReadsTheKeptCountNotTheBallotsWhateverTheirNumber() {
        Chosen small = chosenProjects("Mała");
        Chosen large = chosenProjects("Duża", 300);
        WebClient visitor = visitor();
        List<String> smallPage = twice(visitor, "/budget/projects/" + small.benches());
        List<String> largePage = twice(visitor, "/budget/projects/" + large.benches());
        assertThat(largePage).as(String.join("\n", largePage)).hasSameSizeAs(smallPage);
        for (List<String> statements : List.of(smallPage, largePage,
                twice(visitor, "/budget/" + large.edition() + "/implementation"))) {
            assertThat(statements).as(String.join("\n", statements))
                .noneMatch(s -> s.contains("budget_ballot") || s.contains("budget_voter")
                        || s.contains("budget_paper_card"));
        }

        for (Chosen chosen : List.of(small, large)) {
            assertThat(results.of(chosen.edition())).usingRecursiveComparison()
                .ignoringFields("edition")
                .isEqualTo(results.recount(chosen.edition()));
        }
        Results.Count count = results.of(large.edition());
        assertThat(count.ballots()).isEqualTo(302);
        // the playground
        assertThat(count.pools().get(0).lines().get(0).votes()).isEqualTo(301);
        assertThat(visitor.get("/budget/" + large.edition() + "/results").text()).contains("302");
    }

    /** The statements of the page's second request (the first may count the results). */
    private List<String> twice(WebClient visitor, String path) {
        assertThat(visitor.get(path).status()).isEqualTo(200);
        StatementCounter.Counted<Page> again = StatementCounter.during(() -> visitor.get(path));
        assertThat(again.result().status()).isEqualTo(200);
        return again.statements();
    }

}
