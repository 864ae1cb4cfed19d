package pl.wspolnie.consultations;

import org.junit.jupiter.api.Test;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.wspolnie.consultations.ConsultationFixtures.DRAFT;
import static pl.wspolnie.consultations.ConsultationFixtures.form;
import static pl.wspolnie.consultations.ConsultationFixtures.paragraphIds;
import static pl.wspolnie.consultations.ConsultationFixtures.publish;
import static pl.wspolnie.consultations.ConsultationFixtures.remarkId;

/**
 * The remarks markup is cached per consultation: every new remark, edit and answer shows
 * at once.
 */
class ConsultationRemarksCacheTest extends IntegrationTest {

    @Test
    void newEditedAndAnsweredRemarksShowImmediatelyAndOnlyTheAuthorGetsTheEditLink() {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        LocalDate today = LocalDate.now(clock);
        long id = publish(official, form(jstId(POWIAT), "Konsultacje pamięci " + TestOrganizations.word(), today,
                today.plusDays(6), "EVERYONE", DRAFT));
        List<Long> paragraphs = paragraphIds(visitor(), id);
        WebClient author = loggedIn(userWithRole(Role.RESIDENT, KLUCZEWSKO));
        String token = author.get("/consultations/" + id + "/remarks/new").csrf();
        long first = remarkId(author.post("/consultations/" + id + "/remarks/new",
                Map.of("itemId", "" + paragraphs.get(1), "proposal", "Pierwsza uwaga do paragrafu."), token));
        assertThat(visitor().get("/consultations/" + id).text()).contains("Pierwsza uwaga do paragrafu.");

        // the page is now cached; a second remark must appear on the next view
        remarkId(author.post("/consultations/" + id + "/remarks/new", Map.of("proposal", "Druga uwaga do całości."),
                token));
        Page second = visitor().get("/consultations/" + id);
        assertThat(second.text()).contains("Pierwsza uwaga do paragrafu.", "Druga uwaga do całości.");

        // editing replaces the cached text
        String editPath = "/consultations/" + id + "/remarks/" + first + "/edit";
        Page edit = author.get(editPath);
        assertThat(author
            .post(editPath, Map.of("itemId", "" + paragraphs.get(1), "proposal", "Poprawiona uwaga."), edit.csrf())
            .status()).isEqualTo(302);
        assertThat(visitor().get("/consultations/" + id).text()).contains("Poprawiona uwaga.")
            .doesNotContain("Pierwsza uwaga do paragrafu.");

        // per-user parts are not in the shared markup: only the author sees "your
        // remarks" with the edit links
        Page own = author.get("/consultations/" + id);
        assertThat(own.text()).contains("Twoje uwagi", "Popraw swoją uwagę do: § 1",
                "Popraw swoją uwagę do: Cały projekt");
        assertThat(own.body()).contains(editPath);
        Page someoneElse = loggedIn(userWithRole(Role.RESIDENT, KLUCZEWSKO)).get("/consultations/" + id);
        assertThat(someoneElse.text()).contains("Poprawiona uwaga.")
            .doesNotContain("Twoje uwagi", "Popraw swoją uwagę");
        assertThat(someoneElse.body()).doesNotContain(editPath);
        assertThat(visitor().get("/consultations/" + id).body()).doesNotContain(editPath);

        // an answer after the end shows at once
        clock.advance(Duration.ofDays(7));
        Page answers = official.get("/consultations/" + id + "/answers");
        assertThat(official
            .post("/consultations/" + id + "/answers", Map.of("remarkIds", "" + first, "decision", "ACCEPTED",
                    "justification", "Przyjęto w całości, pamięć odświeżona."), answers.csrf())
            .status()).isEqualTo(302);
        Page answered = visitor().get("/consultations/" + id);
        assertThat(answered.text()).contains("Przyjęto w całości, pamięć odświeżona.");
        // the author no longer gets an edit link once the remarks period is over
        assertThat(author.get("/consultations/" + id).body()).doesNotContain(editPath).contains("Twoje uwagi");
    }

}
