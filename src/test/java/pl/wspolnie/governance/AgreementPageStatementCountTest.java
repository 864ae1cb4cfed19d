package pl.wspolnie.governance;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.StatementCounter;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.wspolnie.governance.GovernanceFixtures.agreement;

/**
 * N+1 guard: the agreement's page and its Forum page, for a logged-in JST administrator,
 * ask who the viewer acts for in the same statements whatever the number of parties
 * (organisations and units), not once per party.
 */
@Import(StatementCounter.Config.class)
@DirtiesContext
class AgreementPageStatementCountTest extends IntegrationTest {

    private void addParties(long agreementId, long jstId, String w, int from, int count) {
        long applicant = jdbc.sql("select id from user_account order by id limit 1").query(Long.class).single();
        for (int i = from; i < from + count; i++) {
            jdbc.sql("""
                    insert into governance_party (agreement_id, kind, subject_id, name, status, applied_by, applied_at,
                        joined_on) values (?, 'NGO', ?, ?, 'MEMBER', ?, now(), current_date)""")
                .params(agreementId, 900_000_000L + i, "Organizacja " + i + " " + w, applicant)
                .update();
            long unit = jdbc.sql("insert into governance_unit (parent_jst_id, name) values (?, ?) returning id")
                .params(jstId, "Jednostka " + i + " " + w)
                .query(Long.class)
                .single();
            jdbc.sql("""
                    insert into governance_party (agreement_id, kind, subject_id, name, status, applied_by, applied_at,
                        joined_on) values (?, 'UNIT', ?, ?, 'MEMBER', ?, now(), current_date)""")
                .params(agreementId, unit, "Jednostka " + i + " " + w, applicant)
                .update();
        }
    }

    @Test
    void theAgreementAndForumPagesRunTheSameStatementsForTwoAndTwentyTwoParties() {
        String w = TestOrganizations.word();
        long powiat = jstId(POWIAT);
        long id = agreement(loggedIn(userWithRole(Role.LIAISON_OFFICER, POWIAT)), powiat, "Porozumienie Liczenie " + w);
        WebClient admin = loggedIn(userWithRole(Role.JST_ADMIN, POWIAT));
        addParties(id, powiat, w, 0, 1);
        int next = 100;
        for (String path : new String[] { "/governance/" + id, "/governance/" + id + "/forum" }) {
            admin.get(path);
            StatementCounter.Counted<Page> few = StatementCounter.during(() -> admin.get(path));
            assertThat(few.result().text()).contains("Jednostka 0 " + w);
            addParties(id, powiat, w, next, 10);
            next += 10;
            StatementCounter.Counted<Page> many = StatementCounter.during(() -> admin.get(path));
            assertThat(many.result().status()).isEqualTo(200);
            System.out.println("Statements of GET " + path + ": " + many.statements().size() + "\n  "
                    + String.join("\n  ", many.statements()));
            assertThat(many.statements()).as(String.join("\n", many.statements())).hasSameSizeAs(few.statements());
        }
    }

}
