package pl.wspolnie.centre;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pl.wspolnie.centre.domain.QuestionKind;
import pl.wspolnie.centre.domain.TrainingKind;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.TestMailServer;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import java.time.format.DateTimeFormatter;

/**
 * Staff edit a training (capacity up promotes the waiting list, down below the accepted
 * is refused), cancel it, and remove questions.
 */
class TrainingEditTest extends CentreIntegrationTest {

    static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    long centreId;

    String staffEmail;

    String title;

    LocalDateTime start;

    long id;

    @BeforeEach
    void setUp() {
        centreId = CentreFixtures.centreWithRoom(catalogue, jstId(POWIAT)).centreId();
        staffEmail = userWithRole(Role.CENTRE_STAFF, POWIAT);
        title = "Seminarium o odwołaniach " + TestOrganizations.word();
        start = LocalDate.now(clock).plusDays(12).atTime(10, 0);
        id = seedTraining(centreId, TrainingKind.SEMINAR, title, "Program seminarium.", "Ewa Łęcka",
                "Sala konferencyjna", start, 3, 1);
    }

    private Map<String, String> form(String capacity) {
        Map<String, String> f = trainingForm("SEMINAR", title + " (zmienione)", "Program seminarium.", "Ewa Łęcka",
                "Sala konferencyjna", start, 3, capacity);
        f.put("applicationsClose", start.minusDays(2).toString());
        return f;
    }

    private String applicant() {
        return applicant(id);
    }

    private String statusOf(String email) {
        return applicationStatus(id, email);
    }

    @Test
    void capacityUpPromotesTheWaitingListAndDownBelowTheAcceptedIsRefused() throws Exception {
        String first = applicant();
        String second = applicant();
        String third = applicant();
        assertThat(List.of(statusOf(first), statusOf(second), statusOf(third))).containsExactly("ACCEPTED", "WAITING",
                "WAITING");

        WebClient staff = loggedIn(staffEmail);
        Page edit = staff.get("/centre/trainings/" + id + "/edit");
        assertThat(edit.status()).isEqualTo(200);
        assertThat(edit.inputValue("title")).isEqualTo(title);
        assertThat(edit.inputValue("capacity")).isEqualTo("1");

        Page saved = staff.post("/centre/trainings/" + id + "/edit", form("3"), edit.csrf());
        assertThat(saved.status()).isEqualTo(302);
        assertThat(List.of(statusOf(first), statusOf(second), statusOf(third))).containsExactly("ACCEPTED", "ACCEPTED",
                "ACCEPTED");
        assertThat(TestMailServer.awaitMail(second, "Zwolniło się miejsce")).contains(title + " (zmienione)");
        assertThat(TestMailServer.awaitMail(third, "Zwolniło się miejsce")).contains(title + " (zmienione)");
        assertThat(visitor().get("/centre/trainings/" + id).text()).contains(title + " (zmienione)");

        Page tooSmall = staff.post("/centre/trainings/" + id + "/edit", form("2"), edit.csrf());
        assertThat(tooSmall.status()).isEqualTo(422);
        assertThat(tooSmall.text()).contains("Przyjęto już 3 osób – liczba miejsc nie może być mniejsza.");
        assertThat(tooSmall.inputValue("capacity")).isEqualTo("2");
        assertThat(
                jdbc.sql("select capacity from centre_training where id = ?").param(id).query(Integer.class).single())
            .isEqualTo(3);
    }

    @Test
    void cancellingATrainingMailsEveryApplicantAndRemovesItFromTheListAndTheCalendar() throws Exception {
        String accepted = applicant();
        String waiting = applicant();
        awaitCalendarEntry(true);
        assertThat(visitor().get("/centre/trainings").status()).isEqualTo(200);

        WebClient staff = loggedIn(staffEmail);
        String manage = "/centre/trainings/" + id + "/manage";
        String csrf = staff.get(manage).csrf();
        Page noReason = staff.post("/centre/trainings/" + id + "/withdraw", Map.of("reason", ""), csrf);
        assertThat(noReason.status()).as("the page again with the error at the reason").isEqualTo(422);
        assertThat(noReason.text()).contains("Podaj powód odwołania wydarzenia.");
        Page cancelled = staff.post("/centre/trainings/" + id + "/withdraw", Map.of("reason", "Choroba prowadzącej"),
                csrf);
        assertThat(cancelled.status()).isEqualTo(302);
        assertThat(staff.get(manage).text()).contains("Odwołane "
                + DateTimeFormatter.ofPattern("dd.MM.yyyy").format(LocalDate.now(clock)) + ": Choroba prowadzącej");

        assertThat(TestMailServer.awaitMail(accepted, "Odwołane wydarzenie: " + title)).contains("Choroba prowadzącej");
        assertThat(TestMailServer.awaitMail(waiting, "Odwołane wydarzenie: " + title)).contains("Choroba prowadzącej");
        Page page = visitor().get("/centre/trainings/" + id);
        assertThat(page.text()).contains("Wydarzenie odwołane", "Choroba prowadzącej")
            .doesNotContain("Zaloguj się, aby");
        for (int p = 0; p < 3; p++) {
            assertThat(visitor().get("/centre/trainings?page=" + p).text()).doesNotContain(title);
        }
        awaitCalendarEntry(false);

        String late = plainUser();
        WebClient person = loggedIn(late);
        Page refused = person.post("/centre/trainings/" + id + "/apply", Map.of("audience", "VOLUNTEER"),
                person.get("/centre/trainings").csrf());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("To wydarzenie zostało odwołane.");
    }

    private void awaitCalendarEntry(boolean present) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        long count = -1;
        while (Instant.now().isBefore(deadline)) {
            count = jdbc.sql("select count(*) from calendar_entry where source = 'centre' and source_id = ?")
                .param("training-" + id)
                .query(Long.class)
                .single();
            if ((count > 0) == present) {
                return;
            }
            Thread.sleep(100);
        }
        assertThat(count > 0).as("calendar entry present").isEqualTo(present);
    }

    @Test
    void aQuestionCanBeRemovedOnlyBeforeTheFirstApplication() {
        long kept = trainings.seedQuestion(id, QuestionKind.TEXT, "Jakie masz oczekiwania?", List.of(), false);
        long removed = trainings.seedQuestion(id, QuestionKind.YES_NO, "Czy potrzebujesz tłumacza PJM?", List.of(),
                false);
        WebClient staff = loggedIn(staffEmail);
        String manage = "/centre/trainings/" + id + "/manage";
        Page page = staff.get(manage);
        assertThat(page.text()).contains("Czy potrzebujesz tłumacza PJM?");
        Page gone = staff.post("/centre/trainings/" + id + "/questions/" + removed + "/delete", Map.of(), page.csrf());
        assertThat(gone.status()).isEqualTo(302);
        assertThat(staff.get(manage).text()).contains("Pytanie zostało usunięte.", "Jakie masz oczekiwania?")
            .doesNotContain("Czy potrzebujesz tłumacza PJM?");

        applicant();
        Page conflict = staff.post("/centre/trainings/" + id + "/questions/" + kept + "/delete", Map.of(), page.csrf());
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.text()).contains("Nie można usunąć pytania: wpłynęły już zgłoszenia");
        assertThat(jdbc.sql("select count(*) from centre_training_question where id = ?")
            .param(kept)
            .query(Long.class)
            .single()).isEqualTo(1);
    }

    @Test
    void onlyStaffOfTheCentreEditCancelOrRemoveQuestions() {
        long question = trainings.seedQuestion(id, QuestionKind.TEXT, "Pytanie", List.of(), false);
        WebClient other = loggedIn(userWithRole(Role.CENTRE_STAFF, SECEMIN));
        String csrf = other.get("/centre/trainings").csrf();
        assertThat(other.get("/centre/trainings/" + id + "/edit").status()).isEqualTo(403);
        assertThat(other.post("/centre/trainings/" + id + "/edit", form("5"), csrf).status()).isEqualTo(403);
        assertThat(other.post("/centre/trainings/" + id + "/withdraw", Map.of("reason", "x"), csrf).status())
            .isEqualTo(403);
        assertThat(
                other.post("/centre/trainings/" + id + "/questions/" + question + "/delete", Map.of(), csrf).status())
            .isEqualTo(403);
        assertThat(jdbc.sql("select cancelled_at is null and capacity = 1 from centre_training where id = ?")
            .param(id)
            .query(Boolean.class)
            .single()).isTrue();
    }

}
