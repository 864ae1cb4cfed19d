package pl.wspolnie.diagnosis;

import org.junit.jupiter.api.Test;
import pl.wspolnie.programme.ProgrammeForms;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Results used by other modules through {@link SurveyFindings}: the centre's staff plan
 * trainings from a training-needs survey's results page (the topic as title, the demand
 * counted again on the server, the survey as source, never twice); the cooperation
 * programme's draft editing page offers the NGO needs survey's needs with their counts.
 */
class SurveyFindingsTest extends IntegrationTest {

    /**
     * A copy of the template for the JST, published, with answers to its needs question.
     */
    private long answeredCopy(WebClient official, String template, String teryt, int position, int... options) {
        String path = official
            .post("/diagnosis/templates/" + template + "/copy", Map.of("jstId", "" + jstId(teryt)),
                    official.get("/diagnosis/surveys").csrf())
            .redirectPath();
        long survey = Long.parseLong(path.replaceAll("\\D", ""));
        jdbc.sql("update diagnosis_survey set starts_on = current_date - 5, ends_on = current_date + 5,"
                + " published_at = now() where id = ?")
            .param(survey)
            .update();
        long question = jdbc.sql("select id from diagnosis_question where survey_id = ? and position = ?")
            .params(survey, position)
            .query(Long.class)
            .single();
        for (int option : options) {
            long response = jdbc
                .sql("insert into diagnosis_response (survey_id, area_jst_id, submitted_on)"
                        + " values (?, ?, current_date) returning id")
                .params(survey, jstId(teryt))
                .query(Long.class)
                .single();
            jdbc.sql("insert into diagnosis_answer (response_id, question_id, option_index) values (?, ?, ?)")
                .params(response, question, option)
                .update();
        }
        return survey;
    }

    @Test
    void centreStaffPlanTrainingsFromTheTrainingNeedsResults() {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        long survey = answeredCopy(official, SurveyFindings.TRAINING_NEEDS, POWIAT, 1, 0, 0, 2, 0, 2, 5, 0, 2);
        String results = "/diagnosis/surveys/" + survey + "/results";
        WebClient staff = loggedIn(userWithRole(Role.CENTRE_STAFF, POWIAT));
        Page page = staff.get(results);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("Zaplanuj szkolenia centrum", "Pozyskiwanie funduszy (4 wskazań)",
                "Pisanie ofert i sprawozdań (3 wskazań)", "Prawo i statut (1 wskazań)");
        assertThat(official.get(results).text()).doesNotContain("Zaplanuj szkolenia centrum");

        String csrf = page.csrf();
        Page planned = staff.post("/centre/planned-trainings", Map.of("survey", "" + survey, "option", "0"), csrf);
        assertThat(planned.redirectPath()).isEqualTo("/centre/planned-trainings");
        assertThat(staff.get("/centre/planned-trainings").text()).contains("Dodano planowane szkolenia: 1.");
        staff.post("/centre/planned-trainings", Map.of("survey", "" + survey, "option", "2"), csrf);
        staff.post("/centre/planned-trainings", Map.of("survey", "" + survey, "option", "0"), csrf);
        assertThat(staff.get("/centre/planned-trainings").text()).contains("Dodano planowane szkolenia: 0.");
        List<String> rows = jdbc.sql(
                "select title || ':' || demand from centre_planned_training where source_survey_id = ? order by demand desc")
            .param(survey)
            .query(String.class)
            .list();
        assertThat(rows).containsExactly("Pozyskiwanie funduszy:4", "Pisanie ofert i sprawozdań:3");
        Page list = staff.get("/centre/planned-trainings");
        assertThat(list.text()).contains("Planowane szkolenia", "Pozyskiwanie funduszy", "Wyniki ankiety nr " + survey);
        assertThat(list.body()).contains("href=\"" + results + "\"");
        // "Utwórz szkolenie" opens the new training's form with the planned topic as its
        // title
        Matcher create = Pattern.compile(
                "href=\"(/centre/\\d+/trainings/new\\?planned=\\d+)\"[^>]*aria-label=\"Utwórz szkolenie: Pozyskiwanie funduszy\"")
            .matcher(list.body());
        assertThat(create.find()).as(list.body()).isTrue();
        Page form = staff.get(create.group(1).replace("&amp;", "&"));
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).containsPattern(
                "id=\"title\"[^>]*value=\"Pozyskiwanie funduszy\"|value=\"Pozyskiwanie funduszy\"[^>]*id=\"title\"");
        assertThat(staff.get(create.group(1).replaceAll("planned=\\d+", "planned=0")).status()).isEqualTo(404);
        assertThat(official.get(create.group(1)).status()).isEqualTo(403);

        staff.post("/centre/planned-trainings", Map.of("survey", "" + survey), csrf);
        assertThat(staff.get("/centre/planned-trainings").text()).contains("Zaznacz co najmniej jeden temat.");
        assertThat(
                staff.post("/centre/planned-trainings", Map.of("survey", "" + survey, "option", "99"), csrf).status())
            .isEqualTo(409);
        assertThat(official
            .post("/centre/planned-trainings", Map.of("survey", "" + survey, "option", "1"), official.get("/").csrf())
            .status()).isEqualTo(403);
        WebClient stranger = loggedIn(plainUser());
        assertThat(stranger
            .post("/centre/planned-trainings", Map.of("survey", "" + survey, "option", "1"), stranger.get("/").csrf())
            .status()).isEqualTo(403);
        assertThat(stranger.get("/centre/planned-trainings").status()).isEqualTo(403);
        long ngoNeeds = answeredCopy(official, SurveyFindings.NGO_NEEDS, POWIAT, 8, 1);
        assertThat(
                staff.post("/centre/planned-trainings", Map.of("survey", "" + ngoNeeds, "option", "1"), csrf).status())
            .isEqualTo(404);
    }

    @Test
    void theProgrammeDraftOffersTheNgoNeedsSurveysNeeds() {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, KLUCZEWSKO));
        long survey = answeredCopy(official, SurveyFindings.NGO_NEEDS, KLUCZEWSKO, 8, 5, 5, 5, 0, 0, 3);
        int year = 2040 + ThreadLocalRandom.current().nextInt(50);
        long programme = ProgrammeForms.create(official,
                ProgrammeForms.programme(jstId(KLUCZEWSKO), "Program z potrzebami", year, year));
        Page edit = official.get("/programmes/" + programme + "/edit");
        assertThat(edit.status()).isEqualTo(200);
        assertThat(edit.text()).contains(
                "Potrzeby organizacji z ankiety „Potrzeby i potencjał organizacji pozarządowych”", "6 odpowiedzi",
                "Szkolenia (3 wskazań)", "Lokal na spotkania (2 wskazań)", "Porady księgowe (1 wskazań)");
        assertThat(edit.text().indexOf("Szkolenia (3")).isLessThan(edit.text().indexOf("Lokal na spotkania (2"));
        assertThat(edit.body()).contains("/diagnosis/surveys/" + survey + "/results");
    }

}
