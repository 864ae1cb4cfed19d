package pl.wspolnie.organizations;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.StatementCounter;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * N+1 guard: a directory page of 20 organisations with a search and filters costs a fixed
 * number of SQL statements, whatever the number of rows (a query per row would add 20).
 */
@Import(StatementCounter.Config.class)
@DirtiesContext // this class's own context (with the counting DataSource) is closed when
                // it ends, while the database still runs
class DirectoryStatementCountTest extends IntegrationTest {

    /**
     * Page: the user's roles (layout), the JST list (filter form), the JST filter (2),
     * count, page.
     */
    static final int PAGE_LIMIT = 6;

    /** API: the JST filter (2), count, page. */
    static final int API_LIMIT = 4;

    /**
     * Profile: roles, the organisation, its spheres, its gmina, the visitor's membership,
     * the representatives count.
     */
    static final int PROFILE_LIMIT = 6;

    @Autowired
    OrganizationSeeding seeding;

    private String word;

    @BeforeEach
    void twentyFiveOrganisations() {
        word = TestOrganizations.word();
        for (int i = 1; i <= 25; i++) {
            seeding.ensure(
                    TestOrganizations.details(word + " " + i, jstId(i % 2 == 0 ? KLUCZEWSKO : SECEMIN),
                            List.of("kultura-fizyczna", "turystyka", "kultura"), "Zajęcia sportowe nr " + i),
                    null, false, false);
        }
    }

    @Test
    void directoryPageRunsAFixedNumberOfStatements() {
        WebClient user = loggedIn(plainUser());
        String path = "/organizations?q=" + word + "%20sportowe&jst=" + jstId(POWIAT)
                + "&sphere=sport-i-turystyka&sort=name";
        user.get(path); // warm-up: the sphere list is read once per application

        StatementCounter.Counted<Page> counted = StatementCounter.during(() -> user.get(path));

        assertThat(counted.result().status()).isEqualTo(200);
        assertThat(counted.result().text()).contains("Liczba znalezionych organizacji: 25", "Strona 1 z 2");
        assertThat(counted.result().body().split("<h3>", -1)).hasSize(21);
        System.out.println("Statements of GET " + path + ": " + counted.statements().size() + "\n  "
                + String.join("\n  ", counted.statements()));
        assertThat(counted.statements()).as(String.join("\n", counted.statements()))
            .hasSizeLessThanOrEqualTo(PAGE_LIMIT);
    }

    @Test
    void apiSearchRunsAFixedNumberOfStatements() {
        WebClient client = visitor();
        String path = "/api/v1/organizations?q=" + word + "&jst=" + jstId(POWIAT) + "&sphere=sport-i-turystyka&size=20";
        client.getWithAccept(path, "application/json");

        StatementCounter.Counted<Page> counted = StatementCounter
            .during(() -> client.getWithAccept(path, "application/json"));

        assertThat(counted.result().status()).isEqualTo(200);
        assertThat(counted.result().body()).contains("\"totalItems\":25");
        System.out.println("Statements of GET " + path + ": " + counted.statements().size() + "\n  "
                + String.join("\n  ", counted.statements()));
        assertThat(counted.statements()).as(String.join("\n", counted.statements()))
            .hasSizeLessThanOrEqualTo(API_LIMIT);
    }

    @Test
    void profilePageRunsAFixedNumberOfStatements() {
        long id = seeding.ensure(TestOrganizations.details(word + " profil", jstId(KLUCZEWSKO),
                List.of("kultura", "edukacja", "ekologia"), null), null, false, false);
        WebClient user = loggedIn(plainUser());
        user.get("/organizations/" + id);

        StatementCounter.Counted<Page> counted = StatementCounter.during(() -> user.get("/organizations/" + id));

        assertThat(counted.result().status()).isEqualTo(200);
        System.out.println("Statements of GET /organizations/{id}: " + counted.statements().size() + "\n  "
                + String.join("\n  ", counted.statements()));
        assertThat(counted.statements()).as(String.join("\n", counted.statements()))
            .hasSizeLessThanOrEqualTo(PROFILE_LIMIT);
    }

}
