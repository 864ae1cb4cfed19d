package pl.wspolnie.consultations;

import org.junit.jupiter.api.Test;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.TestMailServer;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, point 8: the author of a remark is told when it is answered and when the
 * consultation's report is published.
 */
class ConsultationMailsTest extends IntegrationTest {

    @Test
    void theAuthorOfARemarkIsToldOfTheAnswerAndOfTheReport() {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, SECEMIN));
        LocalDate today = LocalDate.now(clock);
        String subject = "Uchwała o konsultacjach " + TestOrganizations.word();
        long id = ConsultationFixtures.publish(official, ConsultationFixtures.form(jstId(SECEMIN), subject, today,
                today.plusDays(13), "EVERYONE", ConsultationFixtures.DRAFT));
        String author = userWithRole(Role.RESIDENT, SECEMIN);
        WebClient resident = loggedIn(author);
        List<Long> items = ConsultationFixtures.paragraphIds(resident, id);
        String path = "/consultations/" + id + "/remarks/new";
        Page remark = resident.post(path, Map.of("itemId", "" + items.get(0), "proposal", "Dopisać seniorów."),
                resident.get(path + "?item=" + items.get(0)).csrf());
        assertThat(remark.status()).as(remark.text()).isEqualTo(302);
        long remarkId = ConsultationFixtures.remarkId(remark);

        clock.advance(Duration.ofDays(15));
        Page answers = official.get("/consultations/" + id + "/answers");
        assertThat(official
            .post("/consultations/" + id + "/answers",
                    Map.of("remarkIds", "" + remarkId, "decision", "PARTLY", "justification",
                            "Seniorów dopisano w § 3."),
                    answers.csrf())
            .status()).isEqualTo(302);
        String answered = TestMailServer.awaitMail(author, "Odpowiedź na Twoją uwagę");
        assertThat(answered).contains(subject, "Uwaga uwzględniona częściowo", "Seniorów dopisano w § 3.",
                "/consultations/" + id + "#remark-" + remarkId);

        assertThat(official
            .post("/consultations/" + id + "/close", Map.of("conclusions", "Projekt uzupełniono."), answers.csrf())
            .status()).isEqualTo(302);
        String report = TestMailServer.awaitMail(author, "Raport z konsultacji opublikowany");
        assertThat(report).contains(subject, "/consultations/" + id + "/report");
    }

}
