package pl.wspolnie.diagnosis;

import org.junit.jupiter.api.Test;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.AtOnce;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answering and results through HTTP: errors next to the questions with everything typed
 * kept, a draft to come back to, one answer an organisation (also two sent at once), the
 * survey frozen and closed, anonymous answers without the person and small groups hidden,
 * counts and percentages, the CSV with a fixed column per question.
 */
class SurveyAnsweringTest extends IntegrationTest {

    private long question(long surveyId, int position) {
        return SurveyForms.questionId(jdbc, surveyId, position);
    }

    private static long id(String path) {
        return SurveyForms.id(path);
    }

    /**
     * An NGO survey: 1 single (Tak/Nie), 2 text if 1 = Nie, 3 number 0–500, 4 multiple, 5
     * scale.
     */
    private String ngoSurvey(WebClient official, String title) {
        String path = SurveyForms.create(official, jstId(POWIAT), title, "NGO", false, clock);
        SurveyForms.question(official, path, "Lokal", "SINGLE", "Czy macie lokal?", true, "Tak\nNie", null, null);
        SurveyForms.question(official, path, "Lokal", "LONG_TEXT", "Czego brakuje?", false, "", 1, 2);
        Map<String, String> number = SurveyForms.questionForm("Potrzeby", "NUMBER", "Ilu macie członków?", true, "",
                null, null);
        number.put("minValue", "0");
        number.put("maxValue", "500");
        assertThat(official.submit(path + "/questions/new", path + "/questions/new", number).status()).isEqualTo(302);
        SurveyForms.question(official, path, "Potrzeby", "MULTIPLE", "Czego potrzebujecie?", true,
                "Sprzęt\nPorady\nSale", null, null);
        SurveyForms.question(official, path, "Potrzeby", "SCALE", "Ocena współpracy", true, "", null, null);
        SurveyForms.publish(official, path);
        return path;
    }

    @Test
    void anNgoAnswersOnceForItsOrganisationAfterErrorsAndADraft() {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        String title = "Potrzeby " + TestOrganizations.word();
        String path = ngoSurvey(official, title);
        long survey = id(path);
        long q1 = question(survey, 1), q2 = question(survey, 2), q3 = question(survey, 3), q4 = question(survey, 4),
                q5 = question(survey, 5);
        String repEmail = uniqueEmail("rep");
        long org = organisationRepresentedBy(repEmail, "Stowarzyszenie " + TestOrganizations.word(), KLUCZEWSKO, true);
        WebClient rep = loggedIn(repEmail);
        String answerPath = path + "/answer?organizationId=" + org;
        Page form = rep.get(answerPath);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.text()).contains(title, "Lokal", "Potrzeby",
                "Odpowiedz, jeśli w pytaniu 1 wybrano odpowiedź 2.");

        Map<String, String> bad = new HashMap<>(Map.of("organizationId", "" + org, "q" + q1, "1", "q" + q2,
                "Brak sali na próby", "q" + q3, "dwunastu", "q" + q5, "7"));
        Page refused = rep.post(path + "/answer", bad, form.csrf());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"error-summary\"", "href=\"#q" + q3 + "\"",
                "id=\"q" + q4 + "-error\"");
        assertThat(refused.text()).contains("Ilu macie członków?: Wpisz liczbę całkowitą",
                "Czego potrzebujecie?: Odpowiedz na to pytanie.", "Wybierz wartość od 1 do 5.");
        assertThat(refused.inputValue("q" + q3)).isEqualTo("dwunastu");
        assertThat(refused.body()).contains("Brak sali na próby");

        Map<String, String> draft = new HashMap<>(bad);
        draft.put("action", "draft");
        assertThat(rep.post(path + "/answer", draft, form.csrf()).status()).isEqualTo(302);
        Page back = rep.get(answerPath);
        assertThat(back.body()).contains("Brak sali na próby");
        assertThat(back.inputValue("q" + q3)).isEqualTo("dwunastu");

        Map<String, String> good = new HashMap<>(bad);
        good.put("q" + q3, "12");
        good.put("q" + q4 + "o0", "1");
        good.put("q" + q4 + "o2", "1");
        good.put("q" + q5, "4");
        Page sent = rep.post(path + "/answer", good, form.csrf());
        assertThat(sent.status()).as(sent.text()).isEqualTo(302);
        assertThat(rep.get(answerPath).text()).contains("Ta ankieta ma już Twoją odpowiedź");
        assertThat(jdbc.sql("select count(*) from diagnosis_draft where survey_id = ?")
            .param(survey)
            .query(Long.class)
            .single()).isZero();

        Page again = rep.post(path + "/answer", good, form.csrf());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text()).contains("Odpowiedź na tę ankietę została już zapisana");

        long second = organisationRepresentedBy(repEmail, "Fundacja " + TestOrganizations.word(), SECEMIN, true);
        Map<String, String> other = new HashMap<>(Map.of("organizationId", "" + second, "q" + q1, "0", "q" + q3, "30",
                "q" + q4 + "o1", "1", "q" + q5, "2"));
        String csrf = rep.get(path + "/answer?organizationId=" + second).csrf();
        List<Integer> statuses = AtOnce.run(2, () -> rep.post(path + "/answer", other, csrf).status());
        assertThat(statuses).containsExactlyInAnyOrder(302, 409);
        assertThat(jdbc.sql("select count(*) from diagnosis_response where survey_id = ?")
            .param(survey)
            .query(Long.class)
            .single()).isEqualTo(2);

        Page frozen = official.submit(path + "/edit", path + "/edit", Map.of("title", "Zmieniony", "intro", "",
                "audience", "NGO", "anonymous", "false", "startsOn", "", "endsOn", ""));
        assertThat(frozen.status()).isEqualTo(409);
        assertThat(frozen.text()).contains("Ankieta ma już odpowiedzi, więc nie można jej zmieniać");
        Page addLater = official.post(path + "/questions/new",
                SurveyForms.questionForm("", "SHORT_TEXT", "Dopisane", false, "", null, null),
                official.get(path).csrf());
        assertThat(addLater.status()).isEqualTo(409);

        Page results = official.get(path + "/results");
        assertThat(results.text()).contains("Liczba odpowiedzi: 2", "Tak 1 50,0 %", "Nie 1 50,0 %",
                "Brak sali na próby", "Najmniej: 12, średnio: 21,0, najwięcej: 30", "Sprzęt 1 50,0 %", "4 1 50,0 %");
        String csv = new String(official.getBytes(path + "/results.csv").body(), StandardCharsets.UTF_8);
        String[] lines = csv.replace("\uFEFF", "").split("\r\n");
        assertThat(lines[0]).isEqualTo(
                "Lp.;Data;1. Czy macie lokal?;2. Czego brakuje?;3. Ilu macie członków?;4. Czego potrzebujecie?;5. Ocena współpracy");
        assertThat(lines[1]).endsWith(";Nie;Brak sali na próby;12;\"Sprzęt; Sale\";4");
        assertThat(lines[2]).endsWith(";Tak;;30;Porady;2");
        List<String> header = List.of("Lp.", "Data", "1. Czy macie lokal?", "2. Czego brakuje?",
                "3. Ilu macie członków?", "4. Czego potrzebujecie?", "5. Ocena współpracy");
        for (List<List<String>> sheet : List.of(xlsxRows(official.getBytes(path + "/results.xlsx").body()),
                odsRows(official.getBytes(path + "/results.ods").body()))) {
            assertThat(sheet).hasSize(3);
            assertThat(sheet.get(0)).isEqualTo(header);
            assertThat(sheet.get(1).subList(2, 7)).containsExactly("Nie", "Brak sali na próby", "12", "Sprzęt; Sale",
                    "4");
            assertThat(sheet.get(2).subList(2, 7)).containsExactly("Tak", "", "30", "Porady", "2");
        }
        assertThat(official.getBytes(path + "/results.xlsx").headers().firstValue("content-type").orElse(""))
            .contains("spreadsheetml");
        assertThat(official.getBytes(path + "/results.ods").headers().firstValue("content-type").orElse(""))
            .contains("opendocument.spreadsheet");
        assertThat(rep.getBytes(path + "/results.xlsx").statusCode()).isEqualTo(403);
        assertThat(results.body()).contains("role=\"img\"", "<title id=\"chart-" + q1 + "-title\">",
                "Wykres odpowiedzi na pytanie 1. Czy macie lokal?", "<desc id=\"chart-" + q1 + "-desc\">",
                "Tak: 1 (50,0 %); Nie: 1 (50,0 %)", "aria-labelledby=\"chart-" + q5 + "-title chart-" + q5 + "-desc\"")
            .doesNotContain("id=\"chart-" + q3 + "-title\"");
        assertThat(results.body()).containsPattern("<rect x=\"230\" y=\"\\d+\" width=\"150\"");
        assertThat(rep.get(path + "/results").status()).isEqualTo(403);
        assertThat(rep.getBytes(path + "/results.csv").statusCode()).isEqualTo(403);
    }

    @Test
    void theAudienceAloneAnswersAndTheSurveyClosesAfterItsEndDate() {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        String path = ngoSurvey(official, "Zamykana " + TestOrganizations.word());
        long q1 = question(id(path), 1);
        WebClient resident = loggedIn(plainUser());
        Page page = resident.get(path + "/answer");
        assertThat(page.text()).contains("Na tę ankietę odpowiadają przedstawiciele organizacji pozarządowych");
        long foreign = organisationRepresentedBy(uniqueEmail("other"), "Obca " + TestOrganizations.word(), SECEMIN,
                true);
        assertThat(resident.post(path + "/answer", Map.of("organizationId", "" + foreign, "q" + q1, "0"), page.csrf())
            .status()).isEqualTo(403);

        String repEmail = uniqueEmail("late");
        long org = organisationRepresentedBy(repEmail, "Spóźnieni " + TestOrganizations.word(), KLUCZEWSKO, true);
        WebClient rep = loggedIn(repEmail);
        String csrf = rep.get(path + "/answer").csrf();
        clock.advance(Duration.ofDays(11));
        assertThat(rep.get(path + "/answer").text()).contains("Ankieta jest już zamknięta");
        Page late = rep.post(path + "/answer", Map.of("organizationId", "" + org, "q" + q1, "0"), csrf);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.text()).contains("Ankieta jest już zamknięta");
    }

    @Test
    void anAnonymousSurveyStoresNoPersonAndShowsNoGroupUnderThree() {
        WebClient official = loggedIn(userWithRole(Role.CENTRE_STAFF, POWIAT));
        String path = SurveyForms.create(official, jstId(POWIAT), "Anonimowa " + TestOrganizations.word(), "RESIDENT",
                true, clock);
        SurveyForms.question(official, path, "", "SINGLE", "Czy znasz organizację?", true, "Tak\nNie", null, null);
        SurveyForms.publish(official, path);
        long survey = id(path);
        long q1 = question(survey, 1);
        for (int i = 0; i < 3; i++) {
            if (i == 2) {
                assertThat(official.get(path + "/results").text()).contains("Za mało odpowiedzi");
                assertThat(official.getBytes(path + "/results.csv").statusCode()).isEqualTo(409);
            }
            WebClient resident = loggedIn(userWithRole(Role.RESIDENT, i == 0 ? SECEMIN : KLUCZEWSKO));
            Page form = resident.get(path + "/answer");
            assertThat(form.text()).contains("Ankieta jest anonimowa");
            assertThat(resident.post(path + "/answer", Map.of("q" + q1, "" + (i % 2)), form.csrf()).status())
                .isEqualTo(302);
        }
        assertThat(jdbc
            .sql("select count(*) from diagnosis_response where survey_id = ? and user_id is null"
                    + " and organization_id is null")
            .param(survey)
            .query(Long.class)
            .single()).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from diagnosis_respondent where survey_id = ?")
            .param(survey)
            .query(Long.class)
            .single()).isEqualTo(3);
        Page results = official.get(path + "/results");
        assertThat(results.text()).contains("Liczba odpowiedzi: 3", "Tak 2 66,7 %", "Nie 1 33,3 %");
        assertThat(results.text()).doesNotContain("Secemin (1)", "Kluczewsko (2)");
        assertThat(official.get(path + "/results?area=" + jstId(SECEMIN)).text()).contains("Za mało odpowiedzi");
    }

    /** The cells of the first sheet of an XLSX, as text (an empty cell as ""). */
    static List<List<String>> xlsxRows(byte[] bytes) {
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            DataFormatter format = new DataFormatter();
            for (Row row : book.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(row.getCell(c) == null ? "" : format.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** The cells of the first table of an ODS (its content.xml), as text. */
    static List<List<String>> odsRows(byte[] bytes) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("content.xml")) {
                    var doc = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder().parse(zip);
                    String ns = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
                    NodeList rowNodes = doc.getElementsByTagNameNS(ns, "table-row");
                    List<List<String>> rows = new ArrayList<>();
                    for (int r = 0; r < rowNodes.getLength(); r++) {
                        NodeList cellNodes = ((Element) rowNodes.item(r)).getElementsByTagNameNS(ns, "table-cell");
                        List<String> cells = new ArrayList<>();
                        for (int c = 0; c < cellNodes.getLength(); c++) {
                            Element cell = (Element) cellNodes.item(c);
                            int repeat = cell.hasAttributeNS(ns, "number-columns-repeated")
                                    ? Integer.parseInt(cell.getAttributeNS(ns, "number-columns-repeated")) : 1;
                            for (int k = 0; k < repeat; k++) {
                                cells.add(cell.getTextContent());
                            }
                        }
                        rows.add(cells);
                    }
                    return rows;
                }
            }
            throw new AssertionError("no content.xml");
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

}
