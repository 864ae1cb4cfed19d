package pl.wspolnie.consultations;

import org.junit.jupiter.api.Test;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.FilePart;
import pl.wspolnie.support.WebClient.Page;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.wspolnie.consultations.ConsultationFixtures.DRAFT;
import static pl.wspolnie.consultations.ConsultationFixtures.form;
import static pl.wspolnie.consultations.ConsultationFixtures.publish;

/**
 * The official deletes a file of a consultation until it is closed, and corrects or
 * removes survey questions (on the survey engine) until the first answer; others get 403,
 * rows of another consultation 404, too late 409.
 */
class ConsultationFilesAndQuestionsEditTest extends IntegrationTest {

    private static long firstId(String body, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(body);
        assertThat(m.find()).as(pattern).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void officialDeletesAFileUntilTheConsultationIsClosed() {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        LocalDate today = LocalDate.now(clock);
        long id = publish(official,
                form(jstId(POWIAT), "Konsultacje z plikami do usunięcia " + TestOrganizations.word(), today,
                        today.plusDays(13), "EVERYONE", DRAFT));
        String base = "/consultations/" + id;
        String token = official.get(base + "/attachments/new").csrf();
        for (String name : new String[] { "Błędny plik.pdf", "Właściwy plik.pdf" }) {
            assertThat(official
                .postMultipart(base + "/attachments/new", Map.of("meetingId", ""),
                        Map.of("file", new FilePart(name, "application/pdf", ConsultationAttachmentTest.PDF)), token)
                .status()).isEqualTo(302);
        }
        String files = official.get(base + "/attachments/new").body();
        long wrong = firstId(files,
                "/attachments/(\\d+)/delete\"[^>]*>\\s*<input[^>]*>\\s*<button[^>]*>Usuń plik Błędny plik.pdf");
        long right = firstId(files,
                "/attachments/(\\d+)/delete\"[^>]*>\\s*<input[^>]*>\\s*<button[^>]*>Usuń plik Właściwy plik.pdf");

        WebClient stranger = loggedIn(userWithRole(Role.OFFICIAL, SECEMIN));
        assertThat(stranger
            .post(base + "/attachments/" + wrong + "/delete", Map.of(), stranger.get("/consultations/new").csrf())
            .status()).isEqualTo(403);
        WebClient resident = loggedIn(userWithRole(Role.RESIDENT, POWIAT));
        assertThat(resident
            .post(base + "/attachments/" + wrong + "/delete", Map.of(), resident.get(base + "/remarks/new").csrf())
            .status()).isEqualTo(403);
        long other = publish(official, form(jstId(POWIAT), "Inne konsultacje " + TestOrganizations.word(), today,
                today.plusDays(13), "EVERYONE", DRAFT));
        assertThat(official.post("/consultations/" + other + "/attachments/" + wrong + "/delete", Map.of(), token)
            .status()).isEqualTo(404);

        Page deleted = official.post(base + "/attachments/" + wrong + "/delete", Map.of(), token);
        assertThat(deleted.status()).isEqualTo(302);
        assertThat(official.get(base + "/attachments/new").text())
            .contains("Plik został usunięty.", "Właściwy plik.pdf")
            .doesNotContain("Błędny plik.pdf");
        assertThat(visitor().get(base + "/attachments/" + wrong).status()).isEqualTo(404);
        assertThat(visitor().get(base).text()).doesNotContain("Błędny plik.pdf").contains("Właściwy plik.pdf");

        clock.advance(Duration.ofDays(14));
        assertThat(official
            .post(base + "/close", Map.of("conclusions", "Bez uwag."), official.get(base + "/answers").csrf())
            .status()).isEqualTo(302);
        assertThat(official.get(base + "/attachments/new").body()).doesNotContain("/attachments/" + right + "/delete");
        assertThat(official.post(base + "/attachments/" + right + "/delete", Map.of(), token).status()).isEqualTo(409);
        assertThat(visitor().get(base + "/attachments/" + right).status()).isEqualTo(200);
    }

    @Test
    void surveyQuestionsAreCorrectedOrRemovedOnTheEngineUntilTheFirstAnswer() {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        LocalDate today = LocalDate.now(clock);
        long id = publish(official, form(jstId(POWIAT), "Konsultacje z ankietą " + TestOrganizations.word(),
                today.plusDays(3), today.plusDays(16), "EVERYONE", DRAFT));
        String builder = ConsultationFixtures.openSurveyBuilder(official, id);
        ConsultationFixtures.addSurveyQuestion(official, builder,
                ConsultationFixtures.surveyQuestion("SINGLE", "Czy program jest czytelny?", true, "Tak\nNie"));
        ConsultationFixtures.addSurveyQuestion(official, builder,
                ConsultationFixtures.surveyQuestion("LONG_TEXT", "Pytanie do usunięcia", false, ""));
        String body = official.get(builder).body();
        long first = firstId(body, "/questions/(\\d+)/edit\"[^>]*>[^<]*1");
        long second = firstId(body, "/questions/(\\d+)/edit\"[^>]*>[^<]*2");
        String edit = builder + "/questions/" + first + "/edit";
        String token = official.get(builder).csrf();

        Page form = official.get(edit);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains(">Tak\nNie</textarea>");
        Page bad = official.post(edit,
                ConsultationFixtures.surveyQuestion("SINGLE", "Czy program jest zrozumiały?", true, "Tak"), token);
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body()).contains(">Czy program jest zrozumiały?</textarea>");
        assertThat(official
            .post(edit,
                    ConsultationFixtures.surveyQuestion("SINGLE", "Czy program jest zrozumiały?", true,
                            "Tak\nRaczej tak\nNie"),
                    token)
            .status()).isEqualTo(302);
        assertThat(official.post(builder + "/questions/" + second + "/delete", Map.of(), token).status())
            .isEqualTo(302);
        String after = official.get(builder).text();
        assertThat(after).contains("Czy program jest zrozumiały?", "Raczej tak")
            .doesNotContain("Pytanie do usunięcia")
            .doesNotContain("Czy program jest czytelny?");

        WebClient stranger = loggedIn(userWithRole(Role.OFFICIAL, SECEMIN));
        String strangerToken = stranger.get("/consultations/new").csrf();
        assertThat(stranger.get(edit).status()).isEqualTo(403);
        assertThat(stranger
            .post(edit, ConsultationFixtures.surveyQuestion("LONG_TEXT", "Podrobione", false, ""), strangerToken)
            .status()).isEqualTo(403);
        assertThat(stranger.post(builder + "/questions/" + first + "/delete", Map.of(), strangerToken).status())
            .isEqualTo(403);
        long other = publish(official, form(jstId(POWIAT), "Inne " + TestOrganizations.word(), today.plusDays(3),
                today.plusDays(16), "EVERYONE", DRAFT));
        String otherBuilder = ConsultationFixtures.openSurveyBuilder(official, other);
        assertThat(official.get(otherBuilder + "/questions/" + first + "/edit").status()).isEqualTo(404);

        // started: still editable while nobody answered
        clock.advance(Duration.ofDays(3));
        assertThat(official.get(builder).body()).contains(edit);
        WebClient resident = loggedIn(userWithRole(Role.RESIDENT, KLUCZEWSKO));
        String answer = builder + "/answer";
        assertThat(resident.post(answer, Map.of("q" + first, "1"), resident.get(answer).csrf()).status())
            .isEqualTo(302);
        assertThat(official.get(builder).body()).doesNotContain(edit);
        Page late = official.post(edit, ConsultationFixtures.surveyQuestion("LONG_TEXT", "Za późno", false, ""), token);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.text()).contains("Ankieta ma już odpowiedzi");
        official.post(builder + "/questions/" + first + "/delete", Map.of(), token);
        assertThat(official.get(builder).text()).contains("Czy program jest zrozumiały?");
        assertThat(visitor().get("/consultations/" + id).status()).isEqualTo(200);
    }

}
