package pl.wspolnie.diagnosis;

import org.springframework.jdbc.core.simple.JdbcClient;
import pl.wspolnie.shared.time.ClockConfig;
import pl.wspolnie.support.TestClock;
import pl.wspolnie.support.WebClient;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The builder's forms as a test sends them. */
final class SurveyForms {

    private SurveyForms() {
    }

    /**
     * Creates a survey open from today for 10 days through the form; returns its path.
     */
    static String create(WebClient editor, long jstId, String title, String audience, boolean anonymous,
            TestClock clock) {
        LocalDate today = LocalDate.now(clock.withZone(ClockConfig.WARSAW));
        Map<String, String> f = new HashMap<>();
        f.put("jstId", String.valueOf(jstId));
        f.put("title", title);
        f.put("intro", "Wstęp " + title);
        f.put("audience", audience);
        f.put("anonymous", String.valueOf(anonymous));
        f.put("startsOn", today.toString());
        f.put("endsOn", today.plusDays(10).toString());
        return editor.submit("/diagnosis/surveys/new", "/diagnosis/surveys/new", f).redirectPath();
    }

    static Map<String, String> questionForm(String section, String kind, String text, boolean required, String options,
            Integer showIfPosition, Integer showIfOption) {
        Map<String, String> f = new HashMap<>();
        f.put("section", section);
        f.put("kind", kind);
        f.put("text", text);
        f.put("required", String.valueOf(required));
        f.put("options", options);
        f.put("showIfPosition", showIfPosition == null ? "" : showIfPosition.toString());
        f.put("showIfOption", showIfOption == null ? "" : showIfOption.toString());
        return f;
    }

    /** Adds a question through the form; fails unless it was saved. */
    static void question(WebClient editor, String path, String section, String kind, String text, boolean required,
            String options, Integer showIfPosition, Integer showIfOption) {
        WebClient.Page page = editor.submit(path + "/questions/new", path + "/questions/new",
                questionForm(section, kind, text, required, options, showIfPosition, showIfOption));
        assertThat(page.status()).as(page.text()).isEqualTo(302);
    }

    /** The id of the survey's question at the position. */
    static long questionId(JdbcClient jdbc, long surveyId, int position) {
        return jdbc.sql("select id from diagnosis_question where survey_id = ? and position = ?")
            .params(surveyId, position)
            .query(Long.class)
            .single();
    }

    /** The id in a survey's path. */
    static long id(String path) {
        return Long.parseLong(path.replaceAll("\\D", ""));
    }

    /** Publishes the survey; fails unless it was published. */
    static void publish(WebClient editor, String path) {
        WebClient.Page page = editor.post(path + "/publish", Map.of(), editor.get(path).csrf());
        assertThat(page.redirectPath()).isEqualTo(path);
        assertThat(editor.get(path).text()).contains("Opublikowana");
    }

}
