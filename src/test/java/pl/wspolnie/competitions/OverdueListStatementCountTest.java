package pl.wspolnie.competitions;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import pl.wspolnie.organizations.OrganizationSeeding;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.StatementCounter;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The officials' list of overdue final reports is paginated (20 a page) and costs a fixed
 * number of statements, whatever the number of rows: 21 overdue contracts of gmina
 * Secemin give a full first page and a second one.
 */
@Import(StatementCounter.Config.class)
@DirtiesContext
class OverdueListStatementCountTest extends IntegrationTest {

    /**
     * The official's roles (security, every request), the page of rows with the offers'
     * titles, and the count.
     */
    static final int LIMIT = 3;

    @Autowired
    CompetitionSeeding competitions;

    @Autowired
    OrganizationSeeding seeding;

    @Test
    void overdueListIsPaginatedWithAFixedNumberOfStatements() {
        String officialEmail = userWithRole(Role.OFFICIAL, SECEMIN);
        long official = jdbc.sql("select id from user_account where email = ?")
            .param(officialEmail)
            .query(Long.class)
            .single();
        String ngoEmail = plainUser();
        long ngo = jdbc.sql("select id from user_account where email = ?").param(ngoEmail).query(Long.class).single();
        long org = seeding.ensure(TestOrganizations.details("Organizacja Zaległa " + TestOrganizations.word(),
                jstId(SECEMIN), List.of("kultura"), null), ngo, true, true);
        String word = TestOrganizations.word();
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < 21; i++) {
            competitions.ensureDecidedWithContract(jstId(SECEMIN), official, ngo, ngo, org,
                    "Konkurs zaległy " + word + " " + i, "Zadanie zaległe " + word + " " + i, "Z/" + word + "/" + i,
                    today.minusDays(200), today.minusDays(60), false);
        }
        WebClient client = loggedIn(officialEmail);
        client.get("/competitions/reports/overdue");

        StatementCounter.Counted<Page> counted = StatementCounter
            .during(() -> client.get("/competitions/reports/overdue"));

        Page first = counted.result();
        assertThat(first.status()).isEqualTo(200);
        assertThat(rows(first)).isEqualTo(20);
        assertThat(first.body()).contains("rel=\"next\"");
        assertThat(first.text()).contains("Z/" + word + "/0 Zadanie zaległe " + word + " 0");
        assertThat(counted.statements()).as(String.join("\n", counted.statements())).hasSizeLessThanOrEqualTo(LIMIT);

        Page second = client.get("/competitions/reports/overdue?page=1");
        assertThat(second.status()).isEqualTo(200);
        assertThat(rows(second)).isGreaterThanOrEqualTo(1);
        assertThat(second.body()).contains("rel=\"prev\"");
        assertThat(first.text() + second.text()).contains("Z/" + word + "/20 ");
    }

    private static long rows(Page page) {
        return Pattern.compile("/contract\">").matcher(page.body()).results().count();
    }

}
