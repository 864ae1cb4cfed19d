package pl.wspolnie.diagnosis;

import org.junit.jupiter.api.Test;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import pl.wspolnie.shared.pdf.PdfUa;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Matrix-of-scales and rank-order questions through HTTP: the builder's rules, conditions
 * that may not name them, the answer form, errors at the question with everything typed
 * kept, results per row and per ranked item, the exports with a fixed column per row.
 */
class SurveyMatrixRankTest extends IntegrationTest {

    private long question(long surveyId, int position) {
        return SurveyForms.questionId(jdbc, surveyId, position);
    }

    private static long id(String path) {
        return SurveyForms.id(path);
    }

    private static Map<String, String> matrix(String text, boolean required, String rows, Integer showIfPosition,
            Integer showIfOption) {
        Map<String, String> f = SurveyForms.questionForm("Ocena", "MATRIX", text, required, rows, showIfPosition,
                showIfOption);
        f.put("lowLabel", "źle");
        f.put("highLabel", "dobrze");
        return f;
    }

    /**
     * A residents' survey: 1 single (Tak/Nie), 2 matrix of three rows (required), 3 rank
     * of three items (required), 4 matrix of two rows shown if 1 = Tak.
     */
    String survey(WebClient official, String title, boolean anonymous) {
        String path = SurveyForms.create(official, jstId(POWIAT), title, "RESIDENT", anonymous, clock);
        SurveyForms.question(official, path, "Ogólne", "SINGLE", "Czy korzysta Pan/Pani z centrum?", true, "Tak\nNie",
                null, null);
        assertThat(official
            .submit(path + "/questions/new", path + "/questions/new",
                    matrix("Oceń współpracę", true, "Informacja\nDotacje\nLokale", null, null))
            .status()).isEqualTo(302);
        SurveyForms.question(official, path, "Ocena", "RANK", "Co jest najważniejsze?", true,
                "Lokal\nSzkolenia\nPromocja", null, null);
        assertThat(official
            .submit(path + "/questions/new", path + "/questions/new",
                    matrix("Oceń centrum", false, "Sala\nSprzęt", 1, 1))
            .status()).isEqualTo(302);
        SurveyForms.publish(official, path);
        return path;
    }

    @Test
    void theBuilderChecksMatrixAndRankQuestionsAndRefusesConditionsOnThem() {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        String path = SurveyForms.create(official, jstId(POWIAT), "Macierz " + TestOrganizations.word(), "RESIDENT",
                false, clock);
        Page oneRow = official.submit(path + "/questions/new", path + "/questions/new",
                matrix("Oceń", true, "Tylko jedno", null, null));
        assertThat(oneRow.status()).isEqualTo(422);
        assertThat(oneRow.text()).contains("Macierz potrzebuje co najmniej dwóch stwierdzeń");
        Page tooMany = official.submit(path + "/questions/new", path + "/questions/new",
                SurveyForms.questionForm("", "RANK", "Uszereguj", true, "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk", null, null));
        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(tooMany.text()).contains("Ranking może mieć najwyżej 10 pozycji.");
        assertThat(tooMany.body()).contains(">Uszereguj</textarea>");

        assertThat(official
            .submit(path + "/questions/new", path + "/questions/new", matrix("Oceń", true, "A\nB", null, null))
            .status()).isEqualTo(302);
        SurveyForms.question(official, path, "", "RANK", "Uszereguj", true, "X\nY", null, null);
        for (int target : List.of(1, 2)) {
            Page refused = official.submit(path + "/questions/new", path + "/questions/new",
                    SurveyForms.questionForm("", "SHORT_TEXT", "Dlaczego?", false, "", target, 1));
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.text()).contains("Warunek nie może wskazywać pytania " + target
                    + ": macierz skal i ranking nie mają jednej wybranej odpowiedzi.");
        }
        Page survey = official.get(path);
        assertThat(survey.text()).contains("Macierz skal", "Ranking", "A", "B", "X", "Y");
        Page preview = official.get(path + "/preview");
        long matrixId = question(id(path), 1);
        long rankId = question(id(path), 2);
        assertThat(preview.body()).contains("name=\"q" + matrixId + "r1\"", "<th scope=\"col\">5 – dobrze</th>",
                "<select id=\"q" + rankId + "r1\" name=\"q" + rankId + "r1\"", "<label for=\"q" + rankId + "r1\"");
        assertThat(preview.text()).contains("Nadaj każdej pozycji inny numer od 1 (najważniejsza) do 2.");
    }

    @Test
    void aResidentAnswersMatrixAndRankAfterErrorsAndTheResultsAndExportsHaveARowEach() {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        String path = survey(official, "Macierz i ranking " + TestOrganizations.word(), false);
        long survey = id(path);
        long q1 = question(survey, 1), q2 = question(survey, 2), q3 = question(survey, 3), q4 = question(survey, 4);

        WebClient first = loggedIn(plainUser());
        Page form = first.get(path + "/answer");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.text()).contains("Stwierdzenie", "Informacja", "Dotacje", "Lokale", "wybierz miejsce");

        Map<String, String> bad = new HashMap<>(Map.of("q" + q1, "0", "q" + q2 + "r0", "3", "q" + q2 + "r1", "9",
                "q" + q3 + "r0", "1", "q" + q3 + "r1", "1", "q" + q3 + "r2", "2", "q" + q4 + "r0", "2"));
        Page refused = first.post(path + "/answer", bad, form.csrf());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("href=\"#q" + q2 + "\"", "id=\"q" + q2 + "-error\"",
                "id=\"q" + q3 + "-error\"");
        assertThat(refused.text()).contains("Oceń współpracę: Wybierz wartość od 1 do 5.",
                "Co jest najważniejsze?: Każdy numer może być użyty tylko raz.");
        assertThat(refused.body()).containsPattern("id=\"q" + q2 + "r0-3\"[^>]*checked")
            .containsPattern("id=\"q" + q4 + "r0-2\"[^>]*checked");
        assertThat(selected(refused.body(), "q" + q3 + "r2")).isEqualTo("2");

        Map<String, String> partial = new HashMap<>(
                Map.of("q" + q1, "0", "q" + q2 + "r0", "3", "q" + q3 + "r0", "1", "q" + q3 + "r1", "2"));
        Page incomplete = first.post(path + "/answer", partial, form.csrf());
        assertThat(incomplete.status()).isEqualTo(422);
        assertThat(incomplete.text()).contains("Oceń współpracę: Oceń każde stwierdzenie.",
                "Co jest najważniejsze?: Uszereguj wszystkie pozycje: nadaj każdej numer od 1 do 3.");
        Page outside = first.post(path + "/answer", Map.of("q" + q1, "0", "q" + q2 + "r0", "1", "q" + q2 + "r1", "1",
                "q" + q2 + "r2", "1", "q" + q3 + "r0", "4", "q" + q3 + "r1", "1", "q" + q3 + "r2", "2"), form.csrf());
        assertThat(outside.status()).isEqualTo(422);
        assertThat(outside.text()).contains("Każdej pozycji nadaj numer od 1 do 3.");

        Map<String, String> draft = new HashMap<>(partial);
        draft.put("action", "draft");
        assertThat(first.post(path + "/answer", draft, form.csrf()).status()).isEqualTo(302);
        Page back = first.get(path + "/answer");
        assertThat(back.body()).containsPattern("id=\"q" + q2 + "r0-3\"[^>]*checked");
        assertThat(selected(back.body(), "q" + q3 + "r1")).isEqualTo("2");

        Map<String, String> good = new HashMap<>(Map.of("q" + q1, "0", "q" + q2 + "r0", "5", "q" + q2 + "r1", "4",
                "q" + q2 + "r2", "3", "q" + q3 + "r0", "3", "q" + q3 + "r1", "1", "q" + q3 + "r2", "2"));
        good.put("q" + q4 + "r0", "1");
        good.put("q" + q4 + "r1", "2");
        Page sent = first.post(path + "/answer", good, form.csrf());
        assertThat(sent.status()).as(sent.text()).isEqualTo(302);

        WebClient second = loggedIn(plainUser());
        Map<String, String> hidden = new HashMap<>(Map.of("q" + q1, "1", "q" + q2 + "r0", "3", "q" + q2 + "r1", "4",
                "q" + q2 + "r2", "1", "q" + q3 + "r0", "1", "q" + q3 + "r1", "2", "q" + q3 + "r2", "3"));
        hidden.put("q" + q4 + "r0", "5");
        hidden.put("q" + q4 + "r1", "5");
        assertThat(second.post(path + "/answer", hidden, second.get(path + "/answer").csrf()).status()).isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from diagnosis_answer where question_id = ?")
            .param(q4)
            .query(Long.class)
            .single()).isEqualTo(2);

        Page results = official.get(path + "/results");
        String shown = results.text().replace('\u00a0', ' ');
        assertThat(shown).contains("Liczba odpowiedzi: 2",
                "Informacja 0 (0,0 %) 0 (0,0 %) 1 (50,0 %) 0 (0,0 %) 1 (50,0 %) 2 4,0",
                "Dotacje 0 (0,0 %) 0 (0,0 %) 0 (0,0 %) 2 (100,0 %) 0 (0,0 %) 2 4,0",
                "Lokale 1 (50,0 %) 0 (0,0 %) 1 (50,0 %) 0 (0,0 %) 0 (0,0 %) 2 2,0",
                "Sala 1 (100,0 %) 0 (0,0 %) 0 (0,0 %) 0 (0,0 %) 0 (0,0 %) 1 1,0", "Szkolenia 1,50 1 2",
                "Lokal 2,00 1 2", "Promocja 2,50 0 2");
        assertThat(shown.indexOf("Szkolenia 1,50")).isLessThan(shown.indexOf("Lokal 2,00"));
        assertThat(shown.indexOf("Lokal 2,00")).isLessThan(shown.indexOf("Promocja 2,50"));
        assertThat(results.body()).contains("<title id=\"chart-" + q2 + "-title\">Wykres średnich ocen stwierdzeń",
                "Informacja: 4,0 / 5; Dotacje: 4,0 / 5; Lokale: 2,0 / 5",
                "<title id=\"chart-" + q3 + "-title\">Wykres liczby pierwszych miejsc",
                "Szkolenia: 1 (50,0 %); Lokal: 1 (50,0 %); Promocja: 0 (0,0 %)");

        String csv = new String(official.getBytes(path + "/results.csv").body(), StandardCharsets.UTF_8);
        String[] lines = csv.replace("\uFEFF", "").split("\r\n");
        assertThat(lines[0]).isEqualTo("Lp.;Data;1. Czy korzysta Pan/Pani z centrum?;2.1. Oceń współpracę – Informacja;"
                + "2.2. Oceń współpracę – Dotacje;2.3. Oceń współpracę – Lokale;3.1. Co jest najważniejsze? – Lokal;"
                + "3.2. Co jest najważniejsze? – Szkolenia;3.3. Co jest najważniejsze? – Promocja;"
                + "4.1. Oceń centrum – Sala;4.2. Oceń centrum – Sprzęt");
        assertThat(lines[1]).endsWith(";Tak;5;4;3;3;1;2;1;2");
        assertThat(lines[2]).endsWith(";Nie;3;4;1;1;2;3;;");
        List<List<String>> sheet = SurveyAnsweringTest.xlsxRows(official.getBytes(path + "/results.xlsx").body());
        assertThat(sheet.get(0)).hasSize(11);
        assertThat(sheet.get(2).subList(2, 9)).containsExactly("Nie", "3", "4", "1", "1", "2", "3");
        assertThat(sheet.get(2).subList(9, sheet.get(2).size())).allMatch(String::isEmpty);
    }

    @Test
    void theResultsPdfHasTheTablesAndFreeTextsAndOfAnAnonymousSurveyNoSmallGroup() throws IOException {
        WebClient official = loggedIn(userWithRole(Role.CENTRE_STAFF, POWIAT));
        String title = "Zażółć gęślą jaźń " + TestOrganizations.word();
        String path = survey(official, title, true);
        long survey = id(path);
        long q1 = question(survey, 1), q2 = question(survey, 2), q3 = question(survey, 3);
        assertThat(official.getBytes(path + "/results.pdf").statusCode()).isEqualTo(200);
        assertThat(PdfUa.text(official.getBytes(path + "/results.pdf").body())).contains("Za mało odpowiedzi");
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String email = userWithRole(Role.RESIDENT, i < 3 ? KLUCZEWSKO : SECEMIN);
            emails.add(email);
            WebClient resident = loggedIn(email);
            Map<String, String> answer = new HashMap<>(Map.of("q" + q1, "1", "q" + q2 + "r0", "" + (1 + i),
                    "q" + q2 + "r1", "4", "q" + q2 + "r2", "2", "q" + q3 + "r0", "" + (1 + i % 3), "q" + q3 + "r1",
                    "" + (1 + (i + 1) % 3), "q" + q3 + "r2", "" + (1 + (i + 2) % 3)));
            assertThat(resident.post(path + "/answer", answer, resident.get(path + "/answer").csrf()).status())
                .isEqualTo(302);
        }
        HttpResponse<byte[]> response = official.getBytes(path + "/results.pdf");
        assertThat(response.headers().firstValue("content-type").orElse("")).startsWith("application/pdf");
        byte[] all = response.body();
        Files.write(Files.createDirectories(Path.of("target", "pdfs")).resolve("survey-results.pdf"), all);
        assertThat(PdfUa.failedRules(all)).isEmpty();
        String text = PdfUa.text(all);
        assertThat(text).contains("Wyniki ankiety „" + title + "”", "Liczba odpowiedzi: 4",
                "grupy mniejsze niż 3 osoby nie są pokazywane", "Nie 4 100,0 %", "Informacja", "Średnie miejsce",
                "Pierwsze miejsca");
        assertThat(text).doesNotContain("Secemin", "Test User");
        emails.forEach(e -> assertThat(text).doesNotContain(e));

        String kluczewsko = PdfUa.text(official.getBytes(path + "/results.pdf?area=" + jstId(KLUCZEWSKO)).body());
        assertThat(kluczewsko).contains("Grupa (gmina): Gmina Kluczewsko", "Liczba odpowiedzi: 3");
        String secemin = PdfUa.text(official.getBytes(path + "/results.pdf?area=" + jstId(SECEMIN)).body());
        assertThat(secemin).contains("Za mało odpowiedzi").doesNotContain("Informacja", "Pierwsze miejsca");
        assertThat(loggedIn(emails.get(0)).getBytes(path + "/results.pdf").statusCode()).isEqualTo(403);
    }

    @Test
    void theResultsPdfListsTheFreeTextsOfTheFilteredGroup() throws IOException {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        String path = SurveyForms.create(official, jstId(POWIAT), "Teksty " + TestOrganizations.word(), "RESIDENT",
                false, clock);
        SurveyForms.question(official, path, "", "LONG_TEXT", "Czego oczekujesz?", true, "", null, null);
        SurveyForms.publish(official, path);
        long q1 = question(id(path), 1);
        for (String[] a : List.of(new String[] { KLUCZEWSKO, "Więcej spotkań w świetlicy" },
                new String[] { SECEMIN, "Łatwiejsze wnioski" })) {
            WebClient resident = loggedIn(userWithRole(Role.RESIDENT, a[0]));
            assertThat(resident.post(path + "/answer", Map.of("q" + q1, a[1]), resident.get(path + "/answer").csrf())
                .status()).isEqualTo(302);
        }
        byte[] pdf = official.getBytes(path + "/results.pdf?area=" + jstId(SECEMIN)).body();
        Files.write(Files.createDirectories(Path.of("target", "pdfs")).resolve("survey-results-texts.pdf"), pdf);
        assertThat(PdfUa.text(pdf)).contains("Łatwiejsze wnioski", "Grupa (gmina): Gmina Secemin")
            .doesNotContain("Więcej spotkań");
    }

    /** The value of the selected option of a select (null when none). */
    static String selected(String body, String selectId) {
        Matcher select = Pattern.compile("(?s)<select id=\"" + selectId + "\".*?</select>").matcher(body);
        assertThat(select.find()).as(selectId).isTrue();
        Matcher option = Pattern.compile("<option value=\"(\\d+)\" selected").matcher(select.group());
        return option.find() ? option.group(1) : null;
    }

}
