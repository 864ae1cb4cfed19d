package pl.wspolnie.consultations;

import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Publishing a consultation through the official's form, and reading ids back from its
 * page.
 */
public final class ConsultationFixtures {

    public static final String DRAFT = """
            Uchwała w sprawie programu współpracy.
            Rozdział 1. Postanowienia ogólne
            § 1. Program określa cele współpracy.
            § 2. Program obowiązuje w roku 2027.
            Rozdział 2. Zadania
            § 3. Priorytetem jest sport dzieci i młodzieży.
            """;

    private ConsultationFixtures() {
    }

    public static Map<String, String> form(long jstId, String subject, LocalDate start, LocalDate end,
            String participation, String draft) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("jstId", String.valueOf(jstId));
        f.put("subject", subject);
        f.put("legalBasis", "art. 5 ust. 5 ustawy o działalności pożytku publicznego i o wolontariacie");
        f.put("participation", participation);
        f.put("forms", "ELECTRONIC_REMARKS");
        f.put("sphereCodes", "kultura");
        f.put("announcedIn", "BIP, tablica ogłoszeń");
        f.put("startsOn", start.toString());
        f.put("endsOn", end.toString());
        f.put("responsiblePerson", "Jan Urzędnik");
        f.put("remarksPublic", "true");
        f.put("draft", draft);
        return f;
    }

    /** Publishes and returns the new consultation's id. */
    public static long publish(WebClient official, Map<String, String> form) {
        Page result = official.submit("/consultations/new", "/consultations/new", form);
        assertThat(result.status()).as(result.text()).isEqualTo(302);
        Matcher m = Pattern.compile("/consultations/(\\d+)$").matcher(result.location());
        assertThat(m.find()).as(result.location()).isTrue();
        return Long.parseLong(m.group(1));
    }

    /** Ids of the paragraphs of version 1 in order. */
    public static List<Long> paragraphIds(WebClient client, long id) {
        Matcher m = Pattern.compile("id=\"item-(\\d+)\"").matcher(client.get("/consultations/" + id).body());
        List<Long> ids = new ArrayList<>();
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    public static long remarkId(Page redirect) {
        Matcher m = Pattern.compile("#remark-(\\d+)").matcher(redirect.location());
        assertThat(m.find()).as(redirect.location()).isTrue();
        return Long.parseLong(m.group(1));
    }

    public static Map<String, String> surveyQuestion(String kind, String text, boolean required, String options) {
        Map<String, String> f = new HashMap<>();
        f.put("section", "");
        f.put("kind", kind);
        f.put("text", text);
        f.put("required", String.valueOf(required));
        f.put("options", options);
        f.put("showIfPosition", "");
        f.put("showIfOption", "");
        return f;
    }

    /**
     * Opens (makes) the consultation's survey from its page; returns the builder's path.
     */
    public static String openSurveyBuilder(WebClient official, long consultation) {
        String page = "/consultations/" + consultation;
        Page made = official.post(page + "/survey", Map.of(), official.get(page).csrf());
        assertThat(made.status()).as(made.text()).isEqualTo(302);
        assertThat(made.redirectPath()).matches("/diagnosis/surveys/\\d+");
        return made.redirectPath();
    }

    public static void addSurveyQuestion(WebClient official, String builder, Map<String, String> question) {
        Page saved = official.submit(builder + "/questions/new", builder + "/questions/new", question);
        assertThat(saved.status()).as(saved.text()).isEqualTo(302);
    }

}
