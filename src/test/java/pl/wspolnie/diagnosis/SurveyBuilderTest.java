package pl.wspolnie.diagnosis;

import org.junit.jupiter.api.Test;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The survey builder through HTTP: an official builds a survey of every question type
 * with a condition, previews and publishes it; others are refused; a template is copied
 * into an editable survey; an answered survey is frozen.
 */
class SurveyBuilderTest extends IntegrationTest {

    @Test
    void anOfficialBuildsPreviewsAndPublishesASurveyOfEveryQuestionType() {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        String path = SurveyForms.create(official, jstId(POWIAT), "Ankieta " + TestOrganizations.word(), "NGO", false,
                clock);
        SurveyForms.question(official, path, "Organizacja", "SINGLE", "Czy macie lokal?", true, "Tak\nNie", null, null);
        SurveyForms.question(official, path, "Organizacja", "LONG_TEXT", "Jakiego lokalu szukacie?", false, "", 1, 2);
        SurveyForms.question(official, path, "Potrzeby", "MULTIPLE", "Czego potrzebujecie?", true,
                "Sprzęt\nPorady\nSale", null, null);
        Map<String, String> scale = SurveyForms.questionForm("Potrzeby", "SCALE", "Ocena współpracy", true, "", null,
                null);
        scale.put("lowLabel", "źle");
        scale.put("highLabel", "dobrze");
        assertThat(official.submit(path + "/questions/new", path + "/questions/new", scale).status()).isEqualTo(302);
        Map<String, String> number = SurveyForms.questionForm("Potrzeby", "NUMBER", "Ilu macie członków?", true, "",
                null, null);
        number.put("minValue", "0");
        number.put("maxValue", "500");
        assertThat(official.submit(path + "/questions/new", path + "/questions/new", number).status()).isEqualTo(302);
        SurveyForms.question(official, path, "Potrzeby", "SHORT_TEXT", "Nazwa", false, "", null, null);

        Page builder = official.get(path);
        assertThat(builder.text()).contains("Czy macie lokal?", "Jakiego lokalu szukacie?",
                "Pokazywane, gdy w pytaniu 1 wybrano odpowiedź 2.", "Wielokrotny wybór", "Skala 1–5", "Krótki tekst");
        Page preview = official.get(path + "/preview");
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.text()).contains("Podgląd", "Organizacja", "Potrzeby", "1 – źle", "5 – dobrze",
                "Odpowiedz, jeśli w pytaniu 1 wybrano odpowiedź 2.");
        assertThat(preview.body()).doesNotContain("Wyślij odpowiedź");

        Page published = official.post(path + "/publish", Map.of(), builder.csrf());
        assertThat(published.redirectPath()).isEqualTo(path);
        assertThat(official.get(path).text()).contains("Opublikowana");
    }

    @Test
    void aBadQuestionIsRefusedAtItsFieldsWithWhatWasTypedKept() {
        WebClient official = loggedIn(userWithRole(Role.CENTRE_STAFF, POWIAT));
        String path = SurveyForms.create(official, jstId(POWIAT), "Zła ankieta", "RESIDENT", true, clock);
        SurveyForms.question(official, path, "", "SHORT_TEXT", "Imię psa", false, "", null, null);
        Map<String, String> f = SurveyForms.questionForm("", "SINGLE", "Tylko jedna opcja", true, "Jedyna", 1, 1);
        Page page = official.submit(path + "/questions/new", path + "/questions/new", f);
        assertThat(page.status()).isEqualTo(422);
        assertThat(page.text()).contains("co najmniej dwóch odpowiedzi",
                "Warunek może wskazywać tylko wcześniejsze pytanie jednokrotnego wyboru");
        assertThat(page.body()).contains("id=\"error-summary\"", "Tylko jedna opcja");
        Map<String, String> range = SurveyForms.questionForm("", "NUMBER", "Liczba", true, "", null, null);
        range.put("minValue", "10");
        range.put("maxValue", "5");
        assertThat(official.submit(path + "/questions/new", path + "/questions/new", range).text())
            .contains("Wartość największa nie może być mniejsza niż najmniejsza");
    }

    @Test
    void onlyTheJstsOfficialsAndCentreStaffEditCraftedPostsAreRefused() {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        String path = SurveyForms.create(official, jstId(POWIAT), "Cudza ankieta", "NGO", false, clock);
        for (WebClient other : new WebClient[] { loggedIn(userWithRole(Role.OFFICIAL, KLUCZEWSKO)),
                loggedIn(userWithRole(Role.RESIDENT, POWIAT)), loggedIn(plainUser()) }) {
            String csrf = other.get("/").csrf();
            assertThat(other.get(path).status()).isEqualTo(403);
            assertThat(other
                .post(path + "/questions/new",
                        SurveyForms.questionForm("", "SHORT_TEXT", "Wstawione", false, "", null, null), csrf)
                .status()).isEqualTo(403);
            assertThat(other.post(path + "/publish", Map.of(), csrf).status()).isEqualTo(403);
            assertThat(other.post("/diagnosis/templates/ngo-needs/copy", Map.of("jstId", "" + jstId(POWIAT)), csrf)
                .status()).isEqualTo(403);
        }
        assertThat(official.get(path).text()).doesNotContain("Wstawione");
        assertThat(visitor().get(path).status()).isIn(302, 401, 403);
    }

    @Test
    void aJstCopiesATemplateIntoItsOwnEditableSurvey() {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, SECEMIN));
        Page list = official.get("/diagnosis/surveys");
        assertThat(list.text()).contains("Potrzeby i potencjał organizacji pozarządowych",
                "Co mieszkańcy wiedzą o organizacjach pozarządowych", "Potrzeby szkoleniowe organizacji");
        String path = official
            .post("/diagnosis/templates/residents-knowledge/copy", Map.of("jstId", "" + jstId(SECEMIN)), list.csrf())
            .redirectPath();
        Page copy = official.get(path);
        assertThat(copy.text()).contains("Co mieszkańcy wiedzą", "Mieszkańcy", "Robocza",
                "Proszę podać nazwę jednej z nich", "Pokazywane, gdy w pytaniu 1 wybrano odpowiedź 1.");
        assertThat(copy.text()).contains("Na ile zgadza się Pan/Pani z poniższymi stwierdzeniami? Macierz skal",
                "Wiem, jak włączyć się w działania organizacji");
        long id = Long.parseLong(path.replaceAll("\\D", ""));
        long questionId = jdbc.sql("select id from diagnosis_question where survey_id = ? and position = 6")
            .param(id)
            .query(Long.class)
            .single();
        Map<String, String> edited = SurveyForms.questionForm("Oczekiwania", "LONG_TEXT",
                "Czego oczekuje Pan/Pani w Seceminie?", false, "", null, null);
        assertThat(official
            .submit(path + "/questions/" + questionId + "/edit", path + "/questions/" + questionId + "/edit", edited)
            .status()).isEqualTo(302);
        assertThat(official.get(path).text()).contains("w Seceminie?");
        assertThat(official.get("/diagnosis/surveys").text()).contains("Co mieszkańcy wiedzą");
    }

}
