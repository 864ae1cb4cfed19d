package pl.wspolnie.browser;

import org.junit.jupiter.api.Test;
import pl.wspolnie.programme.ProgrammeForms;
import pl.wspolnie.shared.security.Role;

import java.util.concurrent.ThreadLocalRandom;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Survey results used by other modules, axe on each page: centre staff tick a topic on a
 * training-needs survey's results page and land on the centre's planned trainings; the
 * programme draft's editing page with the NGO needs survey's needs.
 */
class SurveyFindingsBrowserTest extends BrowserTest {

    @Test
    void planningTrainingsAndTheProgrammesNeedsPassAxe() {
        loginAs(userWithRole(Role.CENTRE_STAFF, POWIAT));
        open("/diagnosis/surveys");
        navigateBy(() -> page.click("main form[action$='/training-needs/copy'] button[type=submit]"));
        long survey = Long.parseLong(page.url().replaceAll(".*/surveys/(\\d+).*", "$1"));
        jdbc.sql("update diagnosis_survey set starts_on = current_date - 5, ends_on = current_date + 5,"
                + " published_at = now() where id = ?")
            .param(survey)
            .update();
        long question = jdbc.sql("select id from diagnosis_question where survey_id = ? and position = 1")
            .param(survey)
            .query(Long.class)
            .single();
        for (int option : new int[] { 3, 3, 1 }) {
            long response = jdbc
                .sql("insert into diagnosis_response (survey_id, submitted_on) values (?, current_date) returning id")
                .param(survey)
                .query(Long.class)
                .single();
            jdbc.sql("insert into diagnosis_answer (response_id, question_id, option_index) values (?, ?, ?)")
                .params(response, question, option)
                .update();
        }
        open("/diagnosis/surveys/" + survey + "/results");
        page.check("#option-3");
        navigateBy(() -> page.click("#training-plan-title ~ form button[type=submit]"));
        assertThat(page.locator("main")).containsText("Promocja i PR");

        context.clearCookies();
        String official = userWithRole(Role.OFFICIAL, POWIAT);
        int year = 2040 + ThreadLocalRandom.current().nextInt(50);
        long programme = ProgrammeForms.create(loggedIn(official),
                ProgrammeForms.programme(jstId(POWIAT), "Program przeglądarki", year, year));
        loginAs(official);
        open("/programmes/" + programme + "/edit");
        assertThat(page.locator("main")).containsText("Potrzeby organizacji z ankiety");
    }

}
