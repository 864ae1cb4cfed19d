package pl.wspolnie.budget;

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
 * statements however many projects have an implementation entered (no N+1).
 */
@Import(StatementCounter.Config.class)
class ImplementationListStatementCountTest extends ImplementationSupport {

    /**
     * The edition, the ballot (edition, projects, pools), the ballots, the channels, the
     * implementations.
     */
    static final int LIST_LIMIT = 7;

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

}
