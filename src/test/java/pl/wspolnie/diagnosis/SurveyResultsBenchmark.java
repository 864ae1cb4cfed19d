package pl.wspolnie.diagnosis;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measurement, not a test (runs only with -Dbench=true, see docs/benchmarks.md): the
 * results page of a survey with 10,000 answers and 30 questions (5 each of single choice,
 * multiple choice, scale, number, short and long text), seeded by insert-select in a few
 * statements, requested by one logged-in editor 50 times after 10 warm-up requests, then
 * filtered by one group; prints p50/p95/p99 and the page's size. Target: 150 ms.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class SurveyResultsBenchmark extends IntegrationTest {

    static final int ANSWERS = 10_000;

    @Test
    void resultsOfTenThousandAnswersToThirtyQuestions() {
        long jst = jstId(POWIAT);
        long survey = SurveySeeding.seed(jdbc, jst, "Ankieta pomiaru", 30, ANSWERS);
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        String path = "/diagnosis/surveys/" + survey + "/results";
        WebClient.Page first = official.get(path);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.text()).contains("Pytanie numer 30", "Dłuższa odpowiedź numer");
        long area = jdbc.sql("select area_jst_id from diagnosis_response where survey_id = ? limit 1")
            .param(survey)
            .query(Long.class)
            .single();
        measure(official, "/ping", "/ping (reference: the machine's load)");
        measure(official, path, "results page, all " + ANSWERS + " answers (" + first.body().length() + " bytes)");
        String filtered = path + "?area=" + area;
        measure(official, filtered,
                "results page filtered by a group (" + official.get(filtered).body().length() + " bytes)");
    }

    private static void measure(WebClient client, String path, String name) {
        for (int i = 0; i < 10; i++) {
            client.get(path);
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            long start = System.nanoTime();
            WebClient.Page page = client.get(path);
            times.add(System.nanoTime() - start);
            assertThat(page.status()).isEqualTo(200);
        }
        Collections.sort(times);
        System.out.printf("BENCH %s: 50 requests; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", name,
                pct(times, 50), pct(times, 95), pct(times, 99), times.get(times.size() - 1) / 1_000_000.0);
    }

    private static double pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1_000_000.0;
    }

}
