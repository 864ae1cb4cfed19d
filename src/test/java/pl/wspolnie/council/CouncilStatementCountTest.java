package pl.wspolnie.council;

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

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The council page is one read-only page read: a fixed number of SQL statements whatever
 * the number of members, requests, opinions and meetings (no row loaded only to count it
 * and no query per row), for an official and for an NGO representative.
 */
@Import(StatementCounter.Config.class)
@DirtiesContext
class CouncilStatementCountTest extends IntegrationTest {

    /** Gmina Kluczewsko: no other council test writes there. */
    private static final String GMINA = KLUCZEWSKO;

    @Autowired
    OrganizationSeeding seeding;

    private long representativeId;

    private void addRows(WebClient official, WebClient representative, long jst, int count) {
        String council = "/council/" + jst;
        for (int i = 0; i < count; i++) {
            String w = TestOrganizations.word();
            assertThat(official
                .submit(council + "/opinions/new", council + "/opinions/new", Map.of("subject", "Projekt " + w))
                .status()).isEqualTo(302);
            assertThat(official.submit(council + "/meetings/new", council + "/meetings/new",
                    Map.of("startsAt", "2027-0" + (1 + i % 9) + "-1" + (i % 9) + "T10:00", "place", "Sala " + w,
                            "agenda", "Porządek " + w))
                .status()).isEqualTo(302);
            long org = seeding.ensure(TestOrganizations.details("Fundacja Licząca " + w, jst, List.of("kultura"), null),
                    representativeId, true, true);
            assertThat(representative
                .post(council + "/requests", Map.of("organizationId", "" + org), representative.get(council).csrf())
                .status()).isEqualTo(302);
        }
    }

    @Test
    void councilPageRunsAFixedNumberOfStatements() {
        long jst = jstId(GMINA);
        String council = "/council/" + jst;
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, GMINA));
        String w = TestOrganizations.word();
        assertThat(official
            .submit(council + "/composition", council + "/composition",
                    Map.of("startsOn", "2027-01-01", "ngoMembers", "Anna " + w + "\nEwa " + w, "jstMembers",
                            "Jan " + w))
            .status()).isEqualTo(302);
        String email = uniqueEmail("ngo");
        representativeId = provisioning.ensureConfirmedUser(email, "Przedstawiciel", DEMO_PASSWORD);
        WebClient representative = loggedIn(email);
        addRows(official, representative, jst, 1);

        StatementCounter.Counted<Page> fewOfficial = StatementCounter.during(() -> official.get(council));
        StatementCounter.Counted<Page> fewNgo = StatementCounter.during(() -> representative.get(council));
        addRows(official, representative, jst, 4);
        StatementCounter.Counted<Page> manyOfficial = StatementCounter.during(() -> official.get(council));
        StatementCounter.Counted<Page> manyNgo = StatementCounter.during(() -> representative.get(council));
        StatementCounter.Counted<Page> anonymous = StatementCounter.during(() -> visitor().get(council));

        assertThat(manyOfficial.result().status()).isEqualTo(200);
        assertThat(manyNgo.result().text()).contains("Fundacja Licząca", "Anna " + w, "Sala ");
        System.out.println("Statements of GET " + council + " (official): " + manyOfficial.statements().size() + "\n  "
                + String.join("\n  ", manyOfficial.statements()));
        System.out.println("Statements of GET " + council + " (representative): " + manyNgo.statements().size() + "\n  "
                + String.join("\n  ", manyNgo.statements()));
        System.out.println("Statements of GET " + council + " (visitor): " + anonymous.statements().size());
        assertThat(manyOfficial.statements()).as(String.join("\n", manyOfficial.statements()))
            .hasSameSizeAs(fewOfficial.statements());
        assertThat(manyNgo.statements()).as(String.join("\n", manyNgo.statements())).hasSameSizeAs(fewNgo.statements());
        // 9 (official) and 10 (representative) when the controller called the services
        // one
        // by one: the organisations of the requests and those represented were two
        // queries
        assertThat(manyOfficial.statements()).as(String.join("\n", manyOfficial.statements()))
            .hasSizeLessThanOrEqualTo(8);
        assertThat(manyNgo.statements()).as(String.join("\n", manyNgo.statements())).hasSizeLessThanOrEqualTo(8);
    }

}
