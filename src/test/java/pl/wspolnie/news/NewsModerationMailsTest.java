package pl.wspolnie.news;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.organizations.OrganizationSeeding;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.TestMailServer;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.LinkedHashMap;

/**
 * An organisation's news item is announced to the liaison officers of its gmina and of
 * the powiat above it; the author hears of the decision, a rejection only with its reason
 * (required, and kept when the form comes back with an error).
 */
class NewsModerationMailsTest extends IntegrationTest {

    @Autowired
    OrganizationSeeding organizations;

    @Test
    void liaisonOfficersAreToldOfWaitingNewsAndTheAuthorOfTheRejectionWithItsReason() {
        String word = TestOrganizations.word();
        String rep = plainUser();
        long org = organisationRepresentedBy(rep, "Fundacja " + word, SECEMIN, true);
        String gminaLiaison = userWithRole(Role.LIAISON_OFFICER, SECEMIN);
        String powiatLiaison = userWithRole(Role.LIAISON_OFFICER, POWIAT);
        String otherLiaison = userWithRole(Role.LIAISON_OFFICER, KLUCZEWSKO);

        WebClient ngo = loggedIn(rep);
        Page saved = ngo.submit("/news/new", "/news/new",
                NewsTest.news("Jarmark " + word, null, org, "<p>Jarmark w Seceminie</p>"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        long id = Long.parseLong(saved.location().replaceAll(".*/news/(\\d+).*", "$1"));

        assertThat(TestMailServer.awaitMail(gminaLiaison, "Aktualność do zatwierdzenia: Jarmark " + word))
            .contains("„Jarmark " + word + "”", "/news/moderation");
        TestMailServer.awaitMail(powiatLiaison, "Aktualność do zatwierdzenia: Jarmark " + word);
        assertThat(TestMailServer.mailsTo(otherLiaison)).as("not the liaison officer of another gmina").isEmpty();

        // corrected while still waiting: it keeps waiting, the officers are not told
        // again
        Page pendingEdit = ngo.get("/news/" + id + "/edit");
        Map<String, String> whileWaiting = new LinkedHashMap<>(
                NewsTest.news("Jarmark " + word + " z godziną", null, null, "<p>Jarmark w Seceminie o 10:00</p>"));
        whileWaiting.put("version", pendingEdit.inputValue("version"));
        assertThat(ngo.post("/news/" + id + "/edit", whileWaiting, pendingEdit.csrf()).status()).isEqualTo(302);
        sleep(1500);
        assertThat(waitingMails(gminaLiaison, word)).as("one mail while it keeps waiting").isEqualTo(1);
        assertThat(jdbc.sql("select status from news_item where id = ?").param(id).query(String.class).single())
            .isEqualTo("PENDING");

        WebClient liaison = loggedIn(gminaLiaison);
        Page queue = liaison.get("/news/moderation");
        assertThat(queue.text()).contains("Jarmark " + word, "Powód odrzucenia");

        Page refused = liaison.post("/news/" + id + "/reject", Map.of("reason", "   "), queue.csrf());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("Podaj powód odrzucenia");
        Page tooLong = liaison.post("/news/" + id + "/reject", Map.of("reason", "Długi powód " + "x".repeat(2000)),
                queue.csrf());
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.text()).containsPattern("najwyżej 2.000 znaków");
        assertThat(tooLong.body()).as("the typed text is kept").contains("Długi powód xxxx");
        assertThat(jdbc.sql("select status from news_item where id = ?").param(id).query(String.class).single())
            .isEqualTo("PENDING");

        assertThat(liaison
            .post("/news/" + id + "/reject", Map.of("reason", "Brak daty i miejsca wydarzenia."), queue.csrf())
            .status()).isEqualTo(302);
        String body = TestMailServer.awaitMail(rep, "Aktualność odrzucona: Jarmark " + word);
        assertThat(body).contains("Powód: Brak daty i miejsca wydarzenia.", "/news/" + id + "/edit");
        assertThat(ngo.get("/news/" + id).text()).contains("Powód odrzucenia: Brak daty i miejsca wydarzenia.");

        // corrected and sent again: waits again, the officers are told again, then
        // approved
        Page edit = ngo.get("/news/" + id + "/edit");
        Map<String, String> corrected = new LinkedHashMap<>(
                NewsTest.news("Jarmark " + word + " poprawiony", null, null, "<p>Sobota, rynek w Seceminie</p>"));
        corrected.put("version", edit.inputValue("version"));
        assertThat(ngo.post("/news/" + id + "/edit", corrected, edit.csrf()).status()).isEqualTo(302);
        TestMailServer.awaitMail(gminaLiaison, "Jarmark " + word + " poprawiony");
        assertThat(waitingMails(gminaLiaison, word)).as("told again once it waits again").isEqualTo(2);
        assertThat(liaison.post("/news/" + id + "/approve", Map.of(), liaison.get("/news/moderation").csrf()).status())
            .isEqualTo(302);
        assertThat(TestMailServer.awaitMail(rep, "Aktualność opublikowana: Jarmark " + word + " poprawiony"))
            .contains("/news/" + id);
    }

    private static long waitingMails(String to, String word) {
        return TestMailServer.mailsTo(to).stream().filter(m -> {
            try {
                return m.getSubject().contains("Aktualność do zatwierdzenia: Jarmark " + word);
            }
            catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).count();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
