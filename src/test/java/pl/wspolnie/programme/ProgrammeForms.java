package pl.wspolnie.programme;

import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The form of a new cooperation programme, every part written, and its saving. */
public final class ProgrammeForms {

    private ProgrammeForms() {
    }

    public static Map<String, String> programme(long jstId, String title, int yearFrom, int yearTo) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("jstId", "" + jstId);
        f.put("title", title);
        f.put("yearFrom", "" + yearFrom);
        f.put("yearTo", "" + yearTo);
        for (String k : List.of("goals", "principles", "scope", "forms", "period", "implementation", "funds",
                "evaluation", "creation", "commissions")) {
            f.put(k, "Treść części " + k + ".");
        }
        return f;
    }

    /** Saves the draft; returns its id. */
    public static long create(WebClient official, Map<String, String> form) {
        Page saved = official.submit("/programmes/new", "/programmes/new", form);
        assertThat(saved.status()).as(saved.text()).isEqualTo(302);
        Matcher m = Pattern.compile("/programmes/(\\d+)$").matcher(saved.location());
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

}
