package pl.wspolnie.competitions;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.StatementCounter;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.time.LocalDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.wspolnie.shared.time.ClockConfig.WARSAW;

/**
 * N+1 guard: the public list of competitions costs a fixed number of statements, whatever
 * the number of rows.
 */
@Import(StatementCounter.Config.class)
@DirtiesContext
class CompetitionListStatementCountTest extends IntegrationTest {

    /**
     * Count and page (the task sums are a subquery of the page query); the JST and sphere
     * lists are cached.
     */
    static final int LIMIT = 3;

    @Test
    void listPageRunsAFixedNumberOfStatements() {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        String word = TestOrganizations.word();
        for (int i = 0; i < 22; i++) {
            long id = AnnouncementTest.createPublished(official, "Konkurs liczony " + word + " " + i,
                    LocalDateTime.now(WARSAW).plusDays(40));
        }
        WebClient visitor = visitor();
        String path = "/competitions?phase=open&jst=" + jstId(POWIAT) + "&sphere=kultura";
        visitor.get(path);

        StatementCounter.Counted<Page> counted = StatementCounter.during(() -> visitor.get(path));

        assertThat(counted.result().status()).isEqualTo(200);
        assertThat(counted.result().body().split("<h3>", -1)).hasSize(21);
        assertThat(counted.statements()).as(String.join("\n", counted.statements())).hasSizeLessThanOrEqualTo(LIMIT);
    }

}
