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

import static org.assertj.core.api.Assertions.assertThat;
import static pl.wspolnie.consultations.ConsultationFixtures.DRAFT;
import static pl.wspolnie.consultations.ConsultationFixtures.addSurveyQuestion;
import static pl.wspolnie.consultations.ConsultationFixtures.openSurveyBuilder;
import static pl.wspolnie.consultations.ConsultationFixtures.surveyQuestion;
import static pl.wspolnie.consultations.ConsultationFixtures.form;
import static pl.wspolnie.consultations.ConsultationFixtures.publish;

/**
 * The consultation's survey on the platform's one survey engine: the official builds it
 * on the engine's builder from the consultation's page, participants answer once an
 * account while the consultation is open, the report shows the engine's results.
 */
class ConsultationSurveyTest extends IntegrationTest {

    private List<Long> questionIds(String builder) {
        return jdbc.sql("select id from diagnosis_question where survey_id = ? order by position")
            .param(Long.parseLong(builder.replaceAll("\\D", "")))
            .query(Long.class)
            .list();
    }

    @Test
    void officialBuildsOnTheEngineParticipantsAnswerOnceReportShowsTheCounts() {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        LocalDate today = LocalDate.now(clock);
        long id = publish(official, form(jstId(POWIAT), "Konsultacje z ankietą " + TestOrganizations.word(), today,
                today.plusDays(6), "EVERYONE", DRAFT));
        assertThat(official.get("/consultations/" + id).text()).contains("Dodaj ankietę");
        String builder = openSurveyBuilder(official, id);
        assertThat(openSurveyBuilder(official, id)).as("one survey a consultation").isEqualTo(builder);
        assertThat(official.get("/consultations/" + id).body()).contains("href=\"" + builder + "\"");

        Page oneOption = official.submit(builder + "/questions/new", builder + "/questions/new",
                surveyQuestion("SINGLE", "Czy program jest czytelny?", true, "Tak"));
        assertThat(oneOption.status()).isEqualTo(422);
        addSurveyQuestion(official, builder,
                surveyQuestion("SINGLE", "Czy program jest czytelny?", true, "Tak\nRaczej tak\nNie"));
        addSurveyQuestion(official, builder, surveyQuestion("SCALE", "Jak oceniasz konsultacje?", false, ""));
        addSurveyQuestion(official, builder, surveyQuestion("LONG_TEXT", "Co dodać do programu?", false, ""));
        assertThat(official.get(builder + "/preview").text()).contains("Czy program jest czytelny?", "Raczej tak",
                "Co dodać do programu?");
        List<Long> q = questionIds(builder);
        assertThat(q).hasSize(3);

        WebClient resident = loggedIn(userWithRole(Role.RESIDENT, KLUCZEWSKO));
        Page consultation = resident.get("/consultations/" + id);
        assertThat(consultation.text()).contains("Wypełnij ankietę");
        String answer = builder + "/answer";
        assertThat(consultation.body()).contains("href=\"" + answer + "\"");
        Page form = resident.get(answer);
        assertThat(form.status()).isEqualTo(200);

        Page missing = resident.post(answer,
                Map.of("q" + q.get(1), "4", "q" + q.get(2), "Więcej sportu <b>dla</b> seniorów"), form.csrf());
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.body()).contains("id=\"q" + q.get(0) + "-error\"");
        assertThat(missing.text()).contains("Odpowiedz na to pytanie.");
        assertThat(missing.body()).contains("Więcej sportu &lt;b&gt;dla&lt;/b&gt; seniorów")
            .containsPattern("id=\"q" + q.get(1) + "-4\"[^>]*checked");
        Page crafted = resident.post(answer, Map.of("q" + q.get(0), "7"), form.csrf());
        assertThat(crafted.status()).isEqualTo(422);

        Page saved = resident.post(answer,
                Map.of("q" + q.get(0), "1", "q" + q.get(1), "4", "q" + q.get(2), "Więcej sportu <b>dla</b> seniorów"),
                form.csrf());
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.redirectPath()).isEqualTo("/consultations/" + id);
        Page again = resident.post(answer, Map.of("q" + q.get(0), "0"), form.csrf());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text()).contains("Odpowiedź na tę ankietę została już zapisana");

        WebClient second = loggedIn(userWithRole(Role.RESIDENT, KLUCZEWSKO));
        assertThat(second.post(answer, Map.of("q" + q.get(0), "1", "q" + q.get(1), "2"), second.get(answer).csrf())
            .status()).isEqualTo(302);

        // frozen once answered: the engine's rule
        Page locked = official.submit(builder + "/questions/new", builder + "/questions/new",
                surveyQuestion("LONG_TEXT", "Za późno?", false, ""));
        assertThat(locked.status()).isEqualTo(409);
        assertThat(official.get(builder).text()).doesNotContain("Za późno?");

        // after the end nobody answers
        clock.advance(Duration.ofDays(7));
        WebClient late = loggedIn(userWithRole(Role.RESIDENT, KLUCZEWSKO));
        Page lateForm = late.get(answer);
        assertThat(lateForm.text()).contains("Ankieta jest już zamknięta");
        Page latePost = late.post(answer, Map.of("q" + q.get(0), "0"), lateForm.csrf());
        assertThat(latePost.status()).isEqualTo(409);
        assertThat(latePost.text()).contains("Ankieta jest już zamknięta");

        Page report = official.get("/consultations/" + id + "/report");
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.text()).contains("Wyniki ankiety", "Liczba wypełnionych ankiet: 2",
                "1. Czy program jest czytelny?", "Raczej tak 2 100,0 %", "Tak 0 0,0 %", "Nie 0 0,0 %",
                "2. Jak oceniasz konsultacje?", "Średnia: 3,00", "Więcej sportu <b>dla</b> seniorów");
        Page pdf = official.get("/consultations/" + id + "/report.pdf");
        assertThat(pdf.status()).isEqualTo(200);
    }

    @Test
    void onlyParticipantsAnswerAndOnlyOfficialsOfTheJstBuild() {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        LocalDate today = LocalDate.now(clock);
        long id = publish(official, form(jstId(POWIAT), "Ankieta dla organizacji " + TestOrganizations.word(),
                today.plusDays(1), today.plusDays(8), "NGOS", DRAFT));
        WebClient other = loggedIn(userWithRole(Role.OFFICIAL, SECEMIN));
        assertThat(other.post("/consultations/" + id + "/survey", Map.of(), other.get("/consultations/new").csrf())
            .status()).isEqualTo(403);
        String builder = openSurveyBuilder(official, id);
        addSurveyQuestion(official, builder, surveyQuestion("SINGLE", "Czy termin jest dobry?", true, "Tak\nNie"));
        String token = other.get("/consultations/new").csrf();
        assertThat(other.get(builder).status()).isEqualTo(403);
        assertThat(other.post(builder + "/questions/new", surveyQuestion("LONG_TEXT", "Podrzucone", false, ""), token)
            .status()).isEqualTo(403);
        long q = questionIds(builder).get(0);
        assertThat(other.post(builder + "/questions/" + q + "/delete", Map.of(), token).status()).isEqualTo(403);
        assertThat(official.get(builder).text()).doesNotContain("Podrzucone").contains("Czy termin jest dobry?");

        String answer = builder + "/answer";
        WebClient resident = loggedIn(userWithRole(Role.RESIDENT, KLUCZEWSKO));
        Page early = resident.get(answer);
        assertThat(early.text()).contains("Ankieta nie jest jeszcze otwarta");
        assertThat(resident.post(answer, Map.of("q" + q, "0"), early.csrf()).status()).isEqualTo(409);
        clock.advance(Duration.ofDays(1));
        Page notNgo = resident.get(answer);
        assertThat(notNgo.text()).contains("odpowiadają uczestnicy sprawy");
        assertThat(resident.post(answer, Map.of("q" + q, "0"), notNgo.csrf()).status()).isEqualTo(403);
        assertThat(resident.get("/consultations/" + id).text()).doesNotContain("Wypełnij ankietę");

        // a question changed while nobody answered; once closed the survey no longer
        // changes
        Page edited = official.submit(builder + "/questions/" + q + "/edit", builder + "/questions/" + q + "/edit",
                surveyQuestion("SINGLE", "Czy termin jest właściwy?", true, "Tak\nNie\nNie wiem"));
        assertThat(edited.status()).isEqualTo(302);
        jdbc.sql("update consultation set closed_at = now() where id = ?").param(id).update();
        Page closed = official.submit(builder + "/questions/" + q + "/edit", builder + "/questions/" + q + "/edit",
                surveyQuestion("SINGLE", "Po zamknięciu?", true, "Tak\nNie"));
        assertThat(closed.status()).isEqualTo(409);
        assertThat(closed.text()).contains("Konsultacje są zamknięte.");
        assertThat(official.get(builder).text()).doesNotContain("Po zamknięciu?");
        assertThat(official.get("/consultations/" + id).text()).doesNotContain("Dodaj ankietę");
    }

}
