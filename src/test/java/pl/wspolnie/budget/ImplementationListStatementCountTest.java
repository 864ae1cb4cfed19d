package pl.wspolnie.budget;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.StatementCounter;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public list of an edition's projects in implementation costs the same few
 * statements however many projects have an implementation entered, and a chosen project's
 * page the same however many milestones it has (no N+1).
 */
@Import(StatementCounter.Config.class)
class ImplementationListStatementCountTest extends ImplementationSupport {

    /**
     * The edition, the kept count of the results (PublishedResultsTest; the fixture reads
     * the results once, which keeps them), the implementations; the page's other parts.
     */
    static final int LIST_LIMIT = 8;

    @Test
    void theListCostsTheSameWithOneOrManyImplementations() {
        Chosen chosen = chosenProjects("Liczona");
        String list = "/budget/" + chosen.edition() + "/implementation";
        WebClient visitor = visitor();
        StatementCounter.Counted<Page> none = StatementCounter.during(() -> visitor.get(list));
        assertThat(none.result().status()).isEqualTo(200);

        WebClient coordinator = loggedIn(userWithRole(Role.OFFICIAL, KLUCZEWSKO));
        for (long project : List.of(chosen.benches(), chosen.playground())) {
            String edit = "/budget/projects/" + project + "/implementation/edit";
            coordinator.submit(edit, edit, ImplementationTest.state("IN_PROGRESS", "30", "100,00", "Referat", ""));
        }
        StatementCounter.Counted<Page> both = StatementCounter.during(() -> visitor.get(list));
        assertThat(both.result().text()).contains("Liczona ławki", "Liczona plac zabaw", "30%");
        assertThat(both.statements()).as(String.join("\n", both.statements()))
            .hasSizeLessThanOrEqualTo(LIST_LIMIT)
            .hasSameSizeAs(none.statements());
    }

    @Test
    void theProjectPageCostsTheSameWithOneOrManyMilestones() {
        Chosen chosen = chosenProjects("Etapowa");
        String page = "/budget/projects/" + chosen.benches();
        WebClient coordinator = loggedIn(userWithRole(Role.OFFICIAL, KLUCZEWSKO));
        String newPath = page + "/milestones/new";
        coordinator.submit(newPath, newPath,
                Map.of("title", "Etap 0", "plannedOn", "2030-01-01", "doneOn", "", "description", ""));
        WebClient visitor = visitor();
        StatementCounter.Counted<Page> one = StatementCounter.during(() -> visitor.get(page));
        for (int i = 1; i < 4; i++) {
            coordinator.submit(newPath, newPath,
                    Map.of("title", "Etap " + i, "plannedOn", "2030-01-0" + (i + 1), "doneOn", "", "description", ""));
        }
        StatementCounter.Counted<Page> four = StatementCounter.during(() -> visitor.get(page));
        assertThat(four.result().text()).contains("Etap 0", "Etap 3");
        assertThat(four.statements()).as(String.join("\n", four.statements())).hasSameSizeAs(one.statements());
    }

}
