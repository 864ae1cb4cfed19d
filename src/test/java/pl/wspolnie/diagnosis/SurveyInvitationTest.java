package pl.wspolnie.diagnosis;

import org.junit.jupiter.api.Test;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.AtOnce;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.TestMailServer;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invitations by mail with a personal single-use link for people without an account:
 * addresses checked at the field with everything typed kept, a mail a person, an answer
 * without a login once (a second one, also sent at the same moment, 409), a wrong token
 * 404, the end date, and an anonymous survey storing no link on the answer.
 */
class SurveyInvitationTest extends IntegrationTest {

    private String survey(WebClient official, String title, boolean anonymous) {
        String path = SurveyForms.create(official, jstId(POWIAT), title, "RESIDENT", anonymous, clock);
        SurveyForms.question(official, path, "", "SINGLE", "Czy znasz organizacje?", true, "Tak\nNie", null, null);
        return path;
    }

    private long question(String path) {
        return jdbc.sql("select id from diagnosis_question where survey_id = ? and position = 1")
            .param(Long.parseLong(path.replaceAll("\\D", "")))
            .query(Long.class)
            .single();
    }

    private Page invite(WebClient official, String path, String addresses) {
        return official.submit(path + "/invitations", path + "/invitations", Map.of("addresses", addresses));
    }

    /** The link's path from the invitation mail. */
    private static String linkFor(String email, String title) {
        String body = TestMailServer.awaitMail(email, title);
        String link = TestMailServer.firstLink(body);
        return link.substring(link.indexOf("/diagnosis/invited/"));
    }

    @Test
    void anInvitedPersonAnswersOnceThroughTheLinkWithoutAnAccount() {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        String title = "Zaproszeni " + TestOrganizations.word();
        String path = survey(official, title, false);
        long q = question(path);
        String first = uniqueEmail("zaproszona");
        String second = uniqueEmail("zaproszony");

        Page unpublished = invite(official, path, first);
        assertThat(unpublished.status()).isEqualTo(422);
        assertThat(unpublished.text()).contains("dopiero po opublikowaniu");
        SurveyForms.publish(official, path);

        String typed = first + "\nala@\n\n" + second;
        Page wrong = invite(official, path, typed);
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.body()).contains("id=\"error-summary\"", "href=\"#addresses\"");
        assertThat(wrong.text()).contains("To nie są poprawne adresy e-mail: ala@");
        assertThat(wrong.body()).contains(first, second);
        assertThat(jdbc.sql("select count(*) from diagnosis_invitation where email = ?")
            .param(first)
            .query(Long.class)
            .single()).isZero();

        Page sent = invite(official, path, first + "\n" + second + "\n" + first.toUpperCase());
        assertThat(sent.status()).as(sent.text()).isEqualTo(302);
        assertThat(official.get(path + "/invitations").text()).contains("Wysłano zaproszeń: 2", first, second);
        assertThat(invite(official, path, second).status()).isEqualTo(302);
        assertThat(official.get(path + "/invitations").text()).contains("Pominięto zaproszonych wcześniej: 1");

        String link = linkFor(first, title);
        assertThat(jdbc.sql("select count(*) from diagnosis_invitation where token_hash is not null and email = ?")
            .param(first)
            .query(Long.class)
            .single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from diagnosis_invitation where token_hash = ?")
            .param(link.substring(link.lastIndexOf('/') + 1))
            .query(Long.class)
            .single()).as("only the hash is stored").isZero();

        WebClient stranger = visitor();
        Page form = stranger.get(link);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.text()).contains(title, "Czy znasz organizacje?").doesNotContain("Zapisz i dokończ później");
        Page missing = stranger.post(link, Map.of(), form.csrf());
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.text()).contains("Odpowiedz na to pytanie.");

        List<Integer> statuses = AtOnce.run(2, () -> stranger.post(link, Map.of("q" + q, "0"), form.csrf()).status());
        assertThat(statuses).containsExactlyInAnyOrder(302, 409);
        Page again = stranger.post(link, Map.of("q" + q, "1"), form.csrf());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text()).contains("Ten link z zaproszenia został już wykorzystany");
        assertThat(stranger.get(link).status()).isEqualTo(409);
        long invitation = jdbc.sql("select id from diagnosis_invitation where email = ?")
            .param(first)
            .query(Long.class)
            .single();
        assertThat(jdbc.sql("select invitation_id from diagnosis_response where survey_id = ?")
            .param(Long.parseLong(path.replaceAll("\\D", "")))
            .query(Long.class)
            .list()).containsExactly(invitation);
        assertThat(official.get(path + "/results").text()).contains("Liczba odpowiedzi: 1", "Tak 1 100,0 %");
        assertThat(official.get(path + "/invitations").text()).contains("Zaproszonych: 2, odpowiedzieli: 1");

        assertThat(stranger.get("/diagnosis/invited/" + "A".repeat(43)).status()).isEqualTo(404);
        assertThat(stranger.post("/diagnosis/invited/" + "A".repeat(43), Map.of("q" + q, "0"), form.csrf()).status())
            .isEqualTo(404);

        String secondLink = linkFor(second, title);
        clock.advance(Duration.ofDays(11));
        assertThat(stranger.get(secondLink).text()).contains("Ankieta jest już zamknięta");
        Page closed = stranger.post(secondLink, Map.of("q" + q, "0"), form.csrf());
        assertThat(closed.status()).isEqualTo(409);
        assertThat(closed.text()).contains("Ankieta jest już zamknięta");

        WebClient resident = loggedIn(plainUser());
        assertThat(resident.get(path + "/invitations").status()).isEqualTo(403);
        assertThat(resident.post(path + "/invitations", Map.of("addresses", "x@example.org"), form.csrf()).status())
            .isEqualTo(403);
    }

    @Test
    void anAnonymousSurveyKeepsOnlyThatTheInvitationWasUsed() {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        String title = "Anonimowa " + TestOrganizations.word();
        String path = survey(official, title, true);
        SurveyForms.publish(official, path);
        String email = uniqueEmail("anonim");
        assertThat(invite(official, path, email).status()).isEqualTo(302);
        String body = TestMailServer.awaitMail(email, title);
        assertThat(body).contains("Ankieta jest anonimowa");
        String link = TestMailServer.firstLink(body);
        link = link.substring(link.indexOf("/diagnosis/invited/"));
        WebClient stranger = visitor();
        Page sent = stranger.post(link, Map.of("q" + question(path), "1"), stranger.get(link).csrf());
        assertThat(sent.redirectPath()).isEqualTo("/diagnosis/invited/thanks");
        assertThat(stranger.get("/diagnosis/invited/thanks").text()).contains("Dziękujemy za odpowiedź");
        long surveyId = Long.parseLong(path.replaceAll("\\D", ""));
        assertThat(jdbc
            .sql("select count(*) from diagnosis_response where survey_id = ? and invitation_id is null"
                    + " and user_id is null")
            .param(surveyId)
            .query(Long.class)
            .single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from diagnosis_invitation where survey_id = ? and used_at is not null")
            .param(surveyId)
            .query(Long.class)
            .single()).isEqualTo(1);
    }

}
