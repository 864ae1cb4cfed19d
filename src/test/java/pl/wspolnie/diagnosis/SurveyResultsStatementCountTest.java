package pl.wspolnie.diagnosis;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.StatementCounter;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * N+1 guard: the results page of a survey costs the same statements for 6 questions with
 * 5 answers as for 30 questions with 300 answers, with or without a group filter, and
 * lists only the first {@code TEXTS_SHOWN} free texts of a question.
 */
@Import(StatementCounter.Config.class)
@DirtiesContext
class SurveyResultsStatementCountTest extends IntegrationTest {

    @Test
    void resultsPageRunsTheSameStatementsWhateverTheQuestionsAndAnswers() {
        long jst = jstId(POWIAT);
        String word = TestOrganizations.word();
        long small = SurveySeeding.seed(jdbc, jst, "Mała ankieta " + word, 6, 5);
        long large = SurveySeeding.seed(jdbc, jst, "Duża ankieta " + word, 30, 1_200);
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        official.get("/diagnosis/surveys/" + small + "/results");

        StatementCounter.Counted<Page> few = StatementCounter
            .during(() -> official.get("/diagnosis/surveys/" + small + "/results"));
        StatementCounter.Counted<Page> many = StatementCounter
            .during(() -> official.get("/diagnosis/surveys/" + large + "/results"));
        assertThat(few.result().status()).isEqualTo(200);
        assertThat(many.result().text()).contains("Pytanie numer 30", "Krótka odpowiedź 5",
                "Pokazano pierwsze 100 z 240 odpowiedzi");
        System.out.println("Statements of the results page: " + many.statements().size() + "\n  "
                + String.join("\n  ", many.statements()));
        assertThat(many.statements()).as(String.join("\n", many.statements())).hasSameSizeAs(few.statements());
        assertThat(many.statements()).hasSizeLessThanOrEqualTo(12);

        long area = jdbc.sql("select area_jst_id from diagnosis_response where survey_id = ? limit 1")
            .param(large)
            .query(Long.class)
            .single();
        StatementCounter.Counted<Page> filtered = StatementCounter
            .during(() -> official.get("/diagnosis/surveys/" + large + "/results?area=" + area));
        assertThat(filtered.result().status()).isEqualTo(200);
        assertThat(filtered.statements()).hasSizeLessThanOrEqualTo(many.statements().size());
    }

}
