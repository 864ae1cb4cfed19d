package pl.wspolnie.budget;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.budget.domain.Editions;
import pl.wspolnie.support.AtOnce;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import java.nio.charset.StandardCharsets;
import pl.wspolnie.shared.security.Role;

/**
 * Logged-in residents (their e-mail confirmed: login requires it) support a project once;
 * a second support, also concurrent, is refused and counts nothing; the author records
 * the paper list's count; the project shows its progress against the pool's requirement.
 */
class SupportListTest extends IntegrationTest {

    @Autowired
    Editions editions;

    record Submitted(BudgetFixtures.Edition edition, long projectId, String authorEmail) {
    }

    private Submitted submittedProject(String title) {
        BudgetFixtures.Edition edition = BudgetFixtures.inSubmission(editions, jstId(KLUCZEWSKO), LocalDate.now(clock));
        String email = plainUser();
        String newPath = "/budget/" + edition.id() + "/projects/new";
        Map<String, String> form = ProjectSubmissionTest.project(edition.areaPool(), title, "Ławki", "3000");
        form.put("action", "submit");
        Page submitted = loggedIn(email).submit(newPath, newPath, form);
        assertThat(submitted.status()).isEqualTo(302);
        return new Submitted(edition, ProjectSubmissionTest.idOf(submitted), email);
    }

    private long supports(long projectId) {
        return jdbc.sql("select count(*) from budget_support where project_id = ?")
            .param(projectId)
            .query(Long.class)
            .single();
    }

    @Test
    void aResidentSupportsOnceAndASecondSupportIsRefusedClearly() {
        Submitted project = submittedProject("Ścieżka rowerowa");
        String path = "/budget/projects/" + project.projectId();
        WebClient resident = loggedIn(plainUser());
        String csrf = resident.get(path).csrf();
        Page first = resident.post(path + "/support", Map.of(), csrf);
        assertThat(first.status()).isEqualTo(302);
        assertThat(resident.get(path).text().replace('\u00a0', ' ')).contains("Twoje poparcie zostało zapisane")
            .contains("Podpisy poparcia: 1 z wymaganych 3 (online: 1, na liście papierowej: 0)")
            .contains("Popierasz ten projekt.");
        Page second = resident.post(path + "/support", Map.of(), csrf);
        assertThat(second.status()).as("the page was out of date: a state conflict").isEqualTo(409);
        assertThat(second.text()).contains("Już popierasz ten projekt");
        assertThat(supports(project.projectId())).isEqualTo(1);
        // others see the count, never who supports
        assertThat(visitor().get(path).text()).contains("online: 1").doesNotContain("Popierasz ten projekt.");
        assertThat(jdbc.sql("select count(*) from audit_log where entity_type like '%Support' and jst_id = ?")
            .param(jstId(KLUCZEWSKO))
            .query(Integer.class)
            .single()).isPositive();
    }

    @Test
    void concurrentDoubleSupportsCountOnce() {
        Submitted project = submittedProject("Siłownia plenerowa");
        String path = "/budget/projects/" + project.projectId();
        WebClient resident = loggedIn(plainUser());
        String csrf = resident.get(path).csrf();
        List<Integer> statuses = AtOnce.run(8, () -> resident.post(path + "/support", Map.of(), csrf).status());
        assertThat(statuses).containsOnlyOnce(302).allMatch(s -> s == 302 || s == 409);
        assertThat(supports(project.projectId())).isEqualTo(1);
    }

    @Test
    void visitorsCannotSupportAndSupportClosesWithTheSubmissionPhase() {
        Submitted project = submittedProject("Oświetlenie boiska");
        String path = "/budget/projects/" + project.projectId();
        WebClient visitor = visitor();
        Page anonymous = visitor.post(path + "/support", Map.of(), visitor.get("/login").csrf());
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.location()).contains("/login");
        WebClient resident = loggedIn(plainUser());
        String csrf = resident.get(path).csrf();
        clock.advance(Duration.ofDays(11));
        Page late = resident.post(path + "/support", Map.of(), csrf);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.text()).contains("Poparcie zbiera się w czasie zgłaszania projektów");
        assertThat(supports(project.projectId())).isZero();
    }

    @Test
    void theAuthorRecordsThePaperListCount() {
        Submitted project = submittedProject("Zielony przystanek");
        String path = "/budget/projects/" + project.projectId();
        WebClient author = loggedIn(project.authorEmail());
        Page invalid = author.submit(path, path + "/paper", Map.of("count", "dużo"));
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.inputValue("count")).isEqualTo("dużo");
        Page negative = author.submit(path, path + "/paper", Map.of("count", "-1"));
        assertThat(negative.status()).isEqualTo(422);
        Page recorded = author.submit(path, path + "/paper", Map.of("count", "2"));
        assertThat(recorded.status()).isEqualTo(302);
        WebClient other = loggedIn(plainUser());
        assertThat(other.submit(path, path + "/paper", Map.of("count", "500")).status()).isEqualTo(403);
        other.submit(path, path + "/support", Map.of());
        assertThat(visitor().get(path).text())
            .contains("Podpisy poparcia: 3 z wymaganych 3 (online: 1, na liście papierowej: 2)")
            .contains("Projekt ma wymaganą liczbę podpisów poparcia.");
    }

    @Test
    void theScanOfThePaperListIsKeptForTheAuthorAndTheCoordinatorsOnly() {
        Submitted project = submittedProject("Park kieszonkowy");
        String path = "/budget/projects/" + project.projectId();
        WebClient author = loggedIn(project.authorEmail());
        byte[] pdf = "%PDF-1.4\nlista podpisów\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
        Page renamed = author.postMultipart(path + "/paper", Map.of("count", "4"),
                Map.of("scan", new WebClient.FilePart("lista.pdf", "application/pdf", "MZ not a pdf".getBytes())),
                author.get(path).csrf());
        assertThat(renamed.status()).isEqualTo(422);
        assertThat(renamed.text()).contains("Dołącz plik PDF, JPG lub PNG.");
        assertThat(renamed.inputValue("count")).isEqualTo("4");
        Page uploaded = author.postMultipart(path + "/paper", Map.of("count", "4"),
                Map.of("scan", new WebClient.FilePart("lista.pdf", "application/pdf", pdf)), author.get(path).csrf());
        assertThat(uploaded.status()).isEqualTo(302);
        assertThat(author.get(path).text()).contains("Skan listy: lista.pdf", "na liście papierowej: 4");
        assertThat(author.getBytes(path + "/paper-list").body()).isEqualTo(pdf);
        WebClient coordinator = loggedIn(userWithRole(Role.OFFICIAL, KLUCZEWSKO));
        assertThat(coordinator.getBytes(path + "/paper-list").statusCode()).isEqualTo(200);
        WebClient other = loggedIn(plainUser());
        assertThat(other.getBytes(path + "/paper-list").statusCode()).isEqualTo(403);
        assertThat(other.get(path).text()).doesNotContain("lista.pdf");
        assertThat(visitor().get(path).text()).doesNotContain("lista.pdf");
        WebClient foreignOfficial = loggedIn(userWithRole(Role.OFFICIAL, SECEMIN));
        assertThat(foreignOfficial.getBytes(path + "/paper-list").statusCode()).isEqualTo(403);
    }

}
