package pl.wspolnie.centre;

import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import pl.wspolnie.centre.domain.QuestionKind;
import pl.wspolnie.centre.domain.TrainingKind;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.TestMailServer;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import java.time.format.DateTimeFormatter;

/**
 * A training's timeline: it cannot be planned or moved into the past, attendance waits
 * for its start and certificates for its end (each refusal says why); applicants are told
 * of a seat (with an .ics) or the waiting list; the organiser reads the form's answers.
 */
class TrainingScheduleTest extends CentreIntegrationTest {

    static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    private Map<String, String> form(String title, LocalDateTime start) {
        Map<String, String> form = trainingForm("WORKSHOP", title, "Program.", "Anna Nowak", "Sala", start, 3, "1");
        form.put("applicationsOpen", LocalDateTime.now(clock).minusDays(30).withSecond(0).withNano(0).toString());
        return form;
    }

    private long training(long centreId, String title, LocalDateTime start, int capacity) {
        return seedTraining(centreId, TrainingKind.WORKSHOP, title, "Program.", "Jan Nowak", "Sala 2", start, 4,
                capacity);
    }

    private Page apply(WebClient person, long id, Map<String, String> fields) {
        String path = "/centre/trainings/" + id;
        return person.post(path + "/apply", fields, person.get(path).csrf());
    }

    @Test
    void aTrainingCannotBePlannedOrMovedIntoThePast() {
        long centreId = CentreFixtures.centreWithRoom(catalogue, jstId(POWIAT)).centreId();
        WebClient staff = loggedIn(userWithRole(Role.CENTRE_STAFF, POWIAT));
        String title = "Szkolenie w czasie " + TestOrganizations.word();
        String newPage = "/centre/" + centreId + "/trainings/new";
        LocalDateTime past = LocalDate.now(clock).minusDays(3).atTime(10, 0);
        Page refused = staff.post(newPage, form(title, past), staff.get(newPage).csrf());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("Początek wydarzenia nie może być w przeszłości.");

        LocalDateTime future = LocalDate.now(clock).plusDays(8).atTime(10, 0);
        Page created = staff.post(newPage, form(title, future), staff.get(newPage).csrf());
        assertThat(created.status()).isEqualTo(302);
        long id = jdbc.sql("select id from centre_training where title = ?").param(title).query(Long.class).single();
        String edit = "/centre/trainings/" + id + "/edit";
        Page moved = staff.post(edit, form(title, past), staff.get(edit).csrf());
        assertThat(moved.status()).isEqualTo(422);
        assertThat(moved.text()).contains("Początek wydarzenia nie może być w przeszłości.");
        Map<String, String> sameStart = form(title + " (zmiana)", future);
        assertThat(staff.post(edit, sameStart, staff.get(edit).csrf()).status()).isEqualTo(302);
        assertThat(jdbc.sql("select starts_at < now() from centre_training where id = ?")
            .param(id)
            .query(Boolean.class)
            .single()).isFalse();
    }

    @Test
    void attendanceWaitsForTheStartAndCertificatesForTheEnd() throws Exception {
        long centreId = CentreFixtures.centreWithRoom(catalogue, jstId(POWIAT)).centreId();
        LocalDateTime start = LocalDate.now(clock).plusDays(5).atTime(10, 0);
        String title = "Warsztat obecności " + TestOrganizations.word();
        long id = training(centreId, title, start, 5);
        long questionId = trainings.seedQuestion(id, QuestionKind.LONG_TEXT, "Czego oczekujesz po warsztacie?",
                List.of(), false);
        long yesNo = trainings.seedQuestion(id, QuestionKind.YES_NO, "Czy potrzebujesz pętli indukcyjnej?", List.of(),
                false);
        String email = plainUser();
        WebClient person = loggedIn(email);
        assertThat(apply(person, id, Map.of("audience", "VOLUNTEER", "q" + questionId,
                "Przykładów umów z wolontariuszami", "q" + yesNo, "true"))
            .status()).isEqualTo(302);
        long applicationId = jdbc.sql("select id from centre_training_application where training_id = ?")
            .param(id)
            .query(Long.class)
            .single();

        WebClient staff = loggedIn(userWithRole(Role.CENTRE_STAFF, POWIAT));
        String manage = "/centre/trainings/" + id + "/manage";
        Page before = staff.get(manage);
        assertThat(before.text()).as("the organiser reads the answers")
            .contains("Odpowiedzi z formularza", "Czego oczekujesz po warsztacie?", "Przykładów umów z wolontariuszami",
                    "Czy potrzebujesz pętli indukcyjnej?")
            .contains("Obecność zapiszesz od rozpoczęcia wydarzenia");
        assertThat(before.body()).doesNotContain("name=\"present\"").contains("data-confirm=");
        Page early = staff.post("/centre/trainings/" + id + "/attendance",
                Map.of("present", String.valueOf(applicationId)), before.csrf());
        assertThat(staff.get(early.location()).text())
            .contains("Obecność można zapisać dopiero od rozpoczęcia wydarzenia ("
                    + start.toLocalDate().format(DateTimeFormatter.ofPattern("dd.MM.yyyy")) + " 10:00).");
        assertThat(present(applicationId)).isFalse();

        // under way
        clock.advance(Duration.between(clock.instant(), start.atZone(WARSAW).toInstant()).plusHours(1));
        Page during = staff.get(manage);
        assertThat(during.body()).contains("name=\"present\"");
        assertThat(staff
            .post("/centre/trainings/" + id + "/attendance", Map.of("present", String.valueOf(applicationId)),
                    during.csrf())
            .status()).isEqualTo(302);
        assertThat(present(applicationId)).isTrue();
        HttpResponse<byte[]> tooEarly = person.getBytes("/centre/trainings/" + id + "/certificate.pdf");
        assertThat(tooEarly.statusCode()).isEqualTo(409);
        assertThat(new String(tooEarly.body(), StandardCharsets.UTF_8)).as("the common 409 page with the reason")
            .contains("Tego nie można teraz zrobić", "Zaświadczenie można wydać dopiero po zakończeniu wydarzenia (");
        assertThat(staff.get(manage).body()).doesNotContain("certificate.pdf");

        clock.advance(Duration.ofHours(4));
        assertThat(person.getBytes("/centre/trainings/" + id + "/certificate.pdf").statusCode()).isEqualTo(200);
        assertThat(staff.get(manage).body()).contains("certificate.pdf");
    }

    private boolean present(long applicationId) {
        return jdbc.sql("select present from centre_training_application where id = ?")
            .param(applicationId)
            .query(Boolean.class)
            .single();
    }

    @Test
    void applicantsAreToldOfASeatWithAnIcsOrOfTheWaitingList() throws Exception {
        long centreId = CentreFixtures.centreWithRoom(catalogue, jstId(POWIAT)).centreId();
        LocalDateTime start = LocalDate.now(clock).plusDays(9).atTime(9, 30);
        String title = "Szkolenie z powiadomień " + TestOrganizations.word();
        long id = training(centreId, title, start, 1);
        String first = plainUser();
        String second = plainUser();
        assertThat(apply(loggedIn(first), id, Map.of("audience", "VOLUNTEER")).status()).isEqualTo(302);
        assertThat(apply(loggedIn(second), id, Map.of("audience", "VOLUNTEER")).status()).isEqualTo(302);

        String seat = TestMailServer.awaitMail(first, "Masz miejsce: " + title);
        assertThat(seat).contains(title, "Sala 2", "/centre/trainings/" + id);
        Calendar ics = AdviceAppointmentTest.icsFileOf(first, "Masz miejsce: " + title, "szkolenie.ics");
        assertThat(ics.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("PUBLISH");
        VEvent event = ics.<VEvent>getComponents("VEVENT").get(0);
        assertThat(event.getSummary().getValue()).isEqualTo(title);
        assertThat(event.getUid().orElseThrow().getValue()).isEqualTo("centre-training-" + id + "@wspolnie");
        assertThat(event.getProperty("ORGANIZER").orElseThrow().getValue())
            .isEqualTo("mailto:centrum@test.wspolnie.pl");

        String waiting = TestMailServer.awaitMail(second, "Lista rezerwowa: " + title);
        assertThat(waiting).contains("liście rezerwowej");
        MimeMessage waitingMail = TestMailServer.mailsTo(second).get(0);
        assertThat(waitingMail.getContent()).as("no calendar file for the waiting list").isInstanceOf(String.class);

        // the first cancels: the second gets the seat, with the .ics
        WebClient firstPerson = loggedIn(first);
        firstPerson.post("/centre/trainings/" + id + "/cancel", Map.of(),
                firstPerson.get("/centre/trainings/" + id).csrf());
        TestMailServer.awaitMail(second, "Zwolniło się miejsce: " + title);
        assertThat(AdviceAppointmentTest.icsFileOf(second, "Zwolniło się miejsce: " + title, "szkolenie.ics")
            .getComponents("VEVENT")).hasSize(1);
    }

}
