package pl.wspolnie.budget;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.budget.domain.Editions;
import pl.wspolnie.budget.domain.review.Reviews;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.TestMailServer;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who is told, through the real SMTP server: the gmina's coordinators when a project is
 * submitted (not those of another gmina); the author when the supports reach the pool's
 * requirement (once); the authors of the projects on the ballot when voting opens (once).
 */
class BudgetNotificationsTest extends IntegrationTest {

    @Autowired
    Editions editions;

    @Autowired
    Reviews reviews;

    @Test
    void theGminasCoordinatorsAreToldOfASubmittedProject() {
        String coordinator = userWithRole(Role.OFFICIAL, KLUCZEWSKO);
        String foreign = userWithRole(Role.OFFICIAL, SECEMIN);
        BudgetFixtures.Edition edition = BudgetFixtures.inSubmission(editions, jstId(KLUCZEWSKO), LocalDate.now(clock));
        String newPath = "/budget/" + edition.id() + "/projects/new";
        Map<String, String> form = ProjectSubmissionTest.project(edition.areaPool(), "Altana sąsiedzka", "Altana",
                "9000");
        form.put("action", "submit");
        Page submitted = loggedIn(plainUser()).submit(newPath, newPath, form);
        assertThat(submitted.status()).isEqualTo(302);
        String body = TestMailServer.awaitMail(coordinator, "Altana sąsiedzka");
        assertThat(body).contains("Altana sąsiedzka", "(wersja 1)",
                "/budget/projects/" + ProjectSubmissionTest.idOf(submitted));
        assertThat(TestMailServer.mailsTo(foreign)).isEmpty();
    }

    @Test
    void theAuthorIsToldOnceWhenTheSupportReachesTheRequirement() {
        BudgetFixtures.Edition edition = BudgetFixtures.inSubmission(editions, jstId(KLUCZEWSKO), LocalDate.now(clock));
        String author = plainUser();
        String newPath = "/budget/" + edition.id() + "/projects/new";
        Map<String, String> form = ProjectSubmissionTest.project(edition.areaPool(), "Mural na garażach", "Farby",
                "2000");
        form.put("action", "submit");
        Page submitted = loggedIn(author).submit(newPath, newPath, form);
        String path = "/budget/projects/" + ProjectSubmissionTest.idOf(submitted);
        WebClient writer = loggedIn(author);
        assertThat(writer.submit(path, path + "/paper", Map.of("count", "2")).status()).isEqualTo(302);
        WebClient supporter = loggedIn(plainUser());
        supporter.submit(path, path + "/support", Map.of());
        String body = TestMailServer.awaitMail(author, "Mural na garażach");
        assertThat(body).contains("wymaganą liczbę podpisów poparcia", path);
        loggedIn(plainUser()).submit(path, path + "/support", Map.of());
        writer.submit(path, path + "/paper", Map.of("count", "3"));
        assertThat(TestMailServer.mailsTo(author)).hasSize(1);
    }

    @Test
    void authorsOfTheProjectsOnTheBallotAreToldOnceThatVotingOpened() {
        BudgetFixtures.Edition edition = BudgetFixtures.inSubmission(editions, jstId(KLUCZEWSKO), LocalDate.now(clock));
        String author = plainUser();
        String newPath = "/budget/" + edition.id() + "/projects/new";
        Map<String, String> form = ProjectSubmissionTest.project(edition.wholePool(), "Festyn rodzinny", "Scena",
                "5000");
        form.put("action", "submit");
        Page submitted = loggedIn(author).submit(newPath, newPath, form);
        assertThat(submitted.status()).isEqualTo(302);
        reviews.seedPositive(ProjectSubmissionTest.idOf(submitted));
        // the author of a project not on the ballot is not told
        String other = plainUser();
        Map<String, String> rejected = ProjectSubmissionTest.project(edition.wholePool(), "Pomnik", "Cokół", "5000");
        rejected.put("action", "submit");
        assertThat(loggedIn(other).submit(newPath, newPath, rejected).status()).isEqualTo(302);
        assertThat(editions.announceVotingOpened()).isGreaterThanOrEqualTo(0);
        clock.advance(Duration.ofDays(41));
        assertThat(editions.announceVotingOpened()).isPositive();
        String body = TestMailServer.awaitMail(author, "Rozpoczęło się głosowanie");
        assertThat(body).contains("Budżet testowy", "/budget/" + edition.id() + "/vote");
        editions.announceVotingOpened();
        assertThat(TestMailServer.mailsTo(author)).hasSize(1);
        assertThat(TestMailServer.mailsTo(other)).isEmpty();
    }

}
