package pl.wspolnie.competitions.domain.contract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo's 20 answers of the beneficiaries of the settled contract's task, by the
 * positions of the default evaluation questions (results 1–5, usefulness 1–5, best, to
 * improve, would recommend: 0 yes, 1 no).
 */
final class EvaluationDemoAnswers {

    private static final int[] RESULTS = { 5, 4, 5, 4, 3, 5, 4, 4, 5, 2, 4, 5, 3, 4, 5, 4, 5, 4, 3, 5 };

    private static final int[] USEFULNESS = { 5, 5, 4, 4, 4, 5, 3, 4, 5, 3, 4, 5, 4, 4, 5, 5, 4, 4, 3, 5 };

    private static final String[] BEST = { "Prowadząca, która cierpliwie pokazywała każdy ścieg.",
            "Spotkania w świetlicy blisko domu.", null, "Możliwość zabrania wykonanych prac do domu.", null,
            "Wspólna wystawa na zakończenie.", null, "Materiały zapewnione przez organizatora." };

    private static final String[] IMPROVE = { null, "Więcej spotkań w soboty.", null,
            "Za mało miejsca przy stołach przy pełnej grupie.", null, null, "Dłuższe zajęcia (3 godziny to za mało)." };

    private EvaluationDemoAnswers() {
    }

    static List<Map<Integer, String>> twenty() {
        List<Map<Integer, String>> answers = new ArrayList<>();
        for (int i = 0; i < RESULTS.length; i++) {
            Map<Integer, String> a = new HashMap<>();
            a.put(1, String.valueOf(RESULTS[i]));
            a.put(2, String.valueOf(USEFULNESS[i]));
            if (i < BEST.length && BEST[i] != null) {
                a.put(3, BEST[i]);
            }
            if (i < IMPROVE.length && IMPROVE[i] != null) {
                a.put(4, IMPROVE[i]);
            }
            a.put(5, RESULTS[i] <= 2 ? "1" : "0");
            answers.add(a);
        }
        return answers;
    }

}
