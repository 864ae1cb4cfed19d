package pl.wspolnie.centre;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import pl.wspolnie.centre.domain.Audience;
import pl.wspolnie.centre.domain.QuestionKind;
import pl.wspolnie.centre.domain.RecruitmentMode;
import pl.wspolnie.centre.domain.TrainingDetails;
import pl.wspolnie.centre.domain.TrainingKind;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.StatementCounter;
import pl.wspolnie.support.StatementCounter.Counted;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The training's pages are each one read-only page read: a fixed number of SQL statements
 * whatever the number of questions of the form, applications (with answers and
 * organisations) and organisations the person represents.
 */
@Import(StatementCounter.Config.class)
@DirtiesContext
class TrainingStatementCountTest extends CentreIntegrationTest {

    private final List<Long> questions = new ArrayList<>();

    private long representativeId;

    /**
     * {@code count} more questions, applicants (each for their organisation, answering
     * every question) and organisations represented by the one representative.
     */
    private void addRows(long training, int count) {
        String path = "/centre/trainings/" + training;
        for (int i = 0; i < count; i++) {
            questions.add(trainings.seedQuestion(training, QuestionKind.TEXT, "Pytanie " + TestOrganizations.word(),
                    List.of(), false));
        }
        for (int i = 0; i < count; i++) {
            CentreFixtures.Ngo ngo = CentreFixtures.ngo(provisioning, seeding, uniqueEmail("count"), jstId(KLUCZEWSKO));
            WebClient applicant = loggedIn(ngo.repEmail());
            Map<String, String> fields = new HashMap<>();
            fields.put("audience", "VOLUNTEER");
            fields.put("organizationId", "" + ngo.id());
            questions.forEach(q -> fields.put("q" + q, "Odpowiedź " + q));
            assertThat(applicant.post(path + "/apply", fields, applicant.get(path).csrf()).status()).isEqualTo(302);
            seeding.ensure(TestOrganizations.details("Fundacja Licząca " + TestOrganizations.word(), jstId(KLUCZEWSKO),
                    List.of("kultura"), null), representativeId, true, true);
        }
    }

    @Test
    void trainingPagesRunAFixedNumberOfStatements() {
        long centreId = CentreFixtures.centreWithRoom(catalogue, jstId(POWIAT)).centreId();
        WebClient staff = loggedIn(userWithRole(Role.CENTRE_STAFF, POWIAT));
        Instant start = clock.instant().plus(Duration.ofDays(14));
        long id = trainings.seed(centreId,
                new TrainingDetails(TrainingKind.SEMINAR, "Seminarium " + TestOrganizations.word(), "Program", "",
                        "Sala", null, start, start.plus(Duration.ofHours(3)), 20, clock.instant().minusSeconds(60),
                        start.minus(Duration.ofDays(1)), RecruitmentMode.FIRST_COME, Set.of(Audience.VOLUNTEER),
                        List.of()));
        String email = uniqueEmail("rep");
        representativeId = provisioning.ensureConfirmedUser(email, "Przedstawicielka", DEMO_PASSWORD);
        WebClient representative = loggedIn(email);
        String path = "/centre/trainings/" + id;
        addRows(id, 1);

        List<Counted<Page>> few = counted(staff, representative, path);
        addRows(id, 4);
        List<Counted<Page>> many = counted(staff, representative, path);

        assertThat(many.get(0).result().text()).contains("Odpowiedź " + questions.get(4), "Stowarzyszenie ");
        assertThat(many.get(1).result().text()).contains("Fundacja Licząca");
        String[] pages = { "manage (staff)", "training (representative)", "training (staff)", "attendance (staff)" };
        for (int i = 0; i < pages.length; i++) {
            assertThat(many.get(i).result().status()).as(pages[i]).isEqualTo(200);
            System.out.println("Statements of GET " + pages[i] + ": " + many.get(i).statements().size() + "\n  "
                    + String.join("\n  ", many.get(i).statements()));
            assertThat(many.get(i).statements()).as(pages[i] + "\n" + String.join("\n", many.get(i).statements()))
                .hasSameSizeAs(few.get(i).statements())
                .hasSizeLessThanOrEqualTo(8);
        }
    }

    private List<Counted<Page>> counted(WebClient staff, WebClient representative, String path) {
        return List.of(StatementCounter.during(() -> staff.get(path + "/manage")),
                StatementCounter.during(() -> representative.get(path)), StatementCounter.during(() -> staff.get(path)),
                StatementCounter.during(() -> staff.get(path + "/attendance")));
    }

}
