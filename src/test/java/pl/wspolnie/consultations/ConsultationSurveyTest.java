package pl.wspolnie.consultations;

import org.junit.jupiter.api.Test;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.wspolnie.consultations.ConsultationFixtures.DRAFT;
import static pl.wspolnie.consultations.ConsultationFixtures.form;
import static pl.wspolnie.consultations.ConsultationFixtures.publish;
import java.util.ArrayList;

/**
 * The short survey: the official's questions, one response per participant, results in
 * the report.
 */
class ConsultationSurveyTest extends IntegrationTest {

    private static List<Long> questionIds(String html) {
        Matcher m = Pattern.compile("name=\"q(\\d+)\"").matcher(html);
        List<Long> ids = new ArrayList<>();
        while (m.find()) {
            long id = Long.parseLong(m.group(1));
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    @Test
    void officialAddsQuestionsParticipantsAnswerOnceResultsInTheReport() throws Exception {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        LocalDate today = LocalDate.now(clock);
        long id = publish(official, form(jstId(POWIAT), "Konsultacje z ankietą " + TestOrganizations.word(), today,
                today.plusDays(6), "EVERYONE", DRAFT));
        String questions = "/consultations/" + id + "/survey/questions";

        Page noOptions = official.submit(questions, questions,
                Map.of("kind", "SINGLE", "text", "Czy program jest czytelny?", "options", "Tak"));
        assertThat(noOptions.status()).isEqualTo(422);
        assertThat(noOptions.text()).contains("Podaj od 2 do 10 odpowiedzi, każdą w osobnym wierszu.");
        assertThat(noOptions.body()).contains("value=\"Czy program jest czytelny?\"");
        Page empty = official.submit(questions, questions, Map.of("kind", "TEXT", "text", " "));
        assertThat(empty.status()).isEqualTo(422);
        assertThat(official
            .submit(questions, questions,
                    Map.of("kind", "SINGLE", "text", "Czy program jest czytelny?", "options", "Tak\nRaczej tak\n\nNie"))
            .status()).isEqualTo(302);
        assertThat(
                official.submit(questions, questions, Map.of("kind", "TEXT", "text", "Co dodać do programu?")).status())
            .isEqualTo(302);
        assertThat(official.get(questions).text()).contains("Czy program jest czytelny?", "Raczej tak",
                "Co dodać do programu?");

        WebClient resident = loggedIn(userWithRole(Role.RESIDENT, KLUCZEWSKO));
        assertThat(resident.get("/consultations/" + id).text()).contains("Wypełnij ankietę");
        Page surveyForm = resident.get("/consultations/" + id + "/survey");
        List<Long> q = questionIds(surveyForm.body());
        assertThat(q).hasSize(2);
        Page missing = resident.post("/consultations/" + id + "/survey",
                Map.of("q" + q.get(1), "Więcej sportu <b>dla</b> seniorów"), surveyForm.csrf());
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.text()).contains("Wybierz jedną odpowiedź.");
        assertThat(missing.body()).contains("Więcej sportu &lt;b&gt;dla&lt;/b&gt; seniorów");
        Page crafted = resident.post("/consultations/" + id + "/survey", Map.of("q" + q.get(0), "7"),
                surveyForm.csrf());
        assertThat(crafted.status()).isEqualTo(422);
        Page saved = resident.post("/consultations/" + id + "/survey",
                Map.of("q" + q.get(0), "1", "q" + q.get(1), "Więcej sportu <b>dla</b> seniorów"), surveyForm.csrf());
        assertThat(saved.status()).isEqualTo(302);
        Page again = resident.post("/consultations/" + id + "/survey", Map.of("q" + q.get(0), "0"), surveyForm.csrf());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text()).contains("można to zrobić raz");
        assertThat(resident.get("/consultations/" + id + "/survey").text()).contains("można to zrobić raz");

        WebClient second = loggedIn(userWithRole(Role.RESIDENT, KLUCZEWSKO));
        String token = second.get("/consultations/" + id + "/survey").csrf();
        assertThat(second.post("/consultations/" + id + "/survey", Map.of("q" + q.get(0), "1"), token).status())
            .isEqualTo(302);

        // no new questions once someone answered
        Page locked = official.submit(questions, questions, Map.of("kind", "TEXT", "text", "Za późno?"));
        assertThat(locked.status()).isEqualTo(409);
        assertThat(locked.text()).contains("Ankietę ktoś już wypełnił");
        assertThat(official.get(questions).text()).contains("Ankietę ktoś już wypełnił").doesNotContain("Za późno?");

        // after the end nobody answers
        clock.advance(Duration.ofDays(7));
        WebClient late = loggedIn(userWithRole(Role.RESIDENT, KLUCZEWSKO));
        String lateToken = late.get("/consultations/" + id + "/remarks/new").csrf();
        Page latePost = late.post("/consultations/" + id + "/survey", Map.of("q" + q.get(0), "0"), lateToken);
        assertThat(latePost.status()).isEqualTo(409);

        Page report = official.get("/consultations/" + id + "/report");
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.text()).contains("Wyniki ankiety", "Liczba wypełnionych ankiet: 2",
                "1. Czy program jest czytelny?", "Raczej tak 2", "Tak 0", "Nie 0", "Więcej sportu <b>dla</b> seniorów");
    }

    @Test
    void onlyOfficialsOfTheJstManageQuestions() {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        LocalDate today = LocalDate.now(clock);
        long id = publish(official, form(jstId(POWIAT), "Ankieta cudza " + TestOrganizations.word(), today,
                today.plusDays(6), "EVERYONE", DRAFT));
        String questions = "/consultations/" + id + "/survey/questions";
        WebClient resident = loggedIn(userWithRole(Role.RESIDENT, KLUCZEWSKO));
        assertThat(resident.get(questions).status()).isEqualTo(403);
        String token = resident.get("/consultations/" + id + "/remarks/new").csrf();
        assertThat(resident.post(questions, Map.of("kind", "TEXT", "text", "Podrzucone"), token).status())
            .isEqualTo(403);
        WebClient other = loggedIn(userWithRole(Role.OFFICIAL, SECEMIN));
        assertThat(other
            .post(questions, Map.of("kind", "TEXT", "text", "Podrzucone"), other.get("/consultations/new").csrf())
            .status()).isEqualTo(403);
        assertThat(official.get(questions).text()).doesNotContain("Podrzucone");
    }

}
