package pl.wspolnie.competitions;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.TestMailServer;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.wspolnie.shared.time.ClockConfig.WARSAW;
import java.sql.Timestamp;
import pl.wspolnie.competitions.domain.CompetitionStatistics;

/**
 * Formal review: checklist and result, a call for corrections that unlocks only the named
 * parts, a new version.
 */
class FormalReviewTest extends IntegrationTest {

    long competitionId;

    long taskId;

    LocalDate periodFrom;

    WebClient official;

    @Autowired
    CompetitionStatistics statistics;

    @BeforeEach
    void publishedCompetition() {
        official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        competitionId = AnnouncementTest.createPublished(official, "Konkurs formalny " + TestOrganizations.word(),
                LocalDateTime.now(WARSAW).plusDays(30));
        taskId = CompetitionFixtures.taskId(jdbc, competitionId);
        periodFrom = CompetitionFixtures.periodFrom(jdbc, competitionId);
    }

    @Test
    void callForCorrectionsUnlocksOnlyTheNamedPartsAndTheCorrectionIsANewVersion() {
        String email = plainUser();
        WebClient ngo = loggedIn(email);
        long offerId = submittedOffer(ngo, email, "Oferta do poprawy");
        String firstChecksum = checksum(offerId, 1);

        Page review = official.get("/offers/" + offerId + "/review");
        assertThat(review.status()).isEqualTo(200);
        assertThat(review.text()).contains("Oferta złożona w terminie i w sposób określony w ogłoszeniu",
                firstChecksum);
        assertThat(loggedIn(userWithRole(Role.OFFICIAL, SECEMIN)).get("/offers/" + offerId + "/review").status())
            .isEqualTo(403);
        assertThat(ngo.get("/offers/" + offerId + "/review").status()).isEqualTo(403);

        Map<String, String> call = new LinkedHashMap<>();
        call.put("checked", "0");
        call.put("note", "Popraw kosztorys: liczba godzin.");
        call.put("result", "CORRECTIONS_REQUESTED");
        Page missing = official.post("/offers/" + offerId + "/review", call, review.csrf());
        assertThat(missing.status()).as("a refusal shows the form again as every form does").isEqualTo(422);
        assertThat(missing.text()).contains("Wybierz co najmniej jedną część oferty do poprawienia");
        assertThat(missing.body()).contains("id=\"error-summary\"", "Popraw kosztorys: liczba godzin.");
        call.put("sections", "V");
        call.put("days", "siedem");
        Page mistyped = official.post("/offers/" + offerId + "/review", call, review.csrf());
        assertThat(mistyped.status()).isEqualTo(422);
        assertThat(mistyped.body()).contains("href=\"#days\"", "value=\"siedem\"");
        Map<String, String> crafted = new LinkedHashMap<>(call);
        crafted.put("result", "NO_SUCH_RESULT");
        assertThat(official.post("/offers/" + offerId + "/review", crafted, review.csrf()).status())
            .as("a value no page offers")
            .isEqualTo(400);
        call.remove("days");
        Instant before = clock.instant();
        assertThat(official.post("/offers/" + offerId + "/review", call, review.csrf()).status()).isEqualTo(302);
        Instant deadline = jdbc.sql("select correction_deadline from offer where id = ?")
            .param(offerId)
            .query(Timestamp.class)
            .single()
            .toInstant();
        assertThat(Duration.between(before, deadline).toDays()).as("default 7 days").isEqualTo(7);
        assertThat(TestMailServer.awaitMail(email, "Wezwanie do poprawienia oferty")).contains("V");

        Page toCorrect = ngo.get("/offers/" + offerId);
        assertThat(toCorrect.text()).contains("Wezwanie do poprawienia oferty", "Popraw kosztorys", "Popraw części: V");
        // A crafted request also changes the title (part I, locked): only part V is
        // taken.
        Map<String, String> form = CompetitionFixtures.offer(taskId, "Podmieniony tytuł", periodFrom,
                periodFrom.plusMonths(6));
        form.put("costLines[0].units", "49");
        form.put("costLines[0].fromGrant", "4400");
        Page corrected = ngo.post("/offers/" + offerId, form, toCorrect.csrf());
        assertThat(corrected.status()).as(corrected.text()).isEqualTo(302);

        String secondChecksum = checksum(offerId, 2);
        assertThat(secondChecksum).isNotEqualTo(firstChecksum);
        String content = jdbc.sql("select content from offer_version where offer_id = ? and number = 2")
            .param(offerId)
            .query(String.class)
            .single();
        assertThat(content).contains("\"title\":\"Oferta do poprawy\"", "\"total\":\"5400.00\"")
            .doesNotContain("Podmieniony");
        assertThat(jdbc.sql("select status || ' ' || formal_result from offer where id = ?")
            .param(offerId)
            .query(String.class)
            .single()).isEqualTo("SUBMITTED PENDING");
        assertThat(visitor().get("/offers/verify?checksum=" + firstChecksum.substring(0, 12)).text())
            .contains("Wersja 1");
        assertThat(visitor().get("/offers/verify?checksum=" + secondChecksum.substring(0, 12)).text())
            .contains("Wersja 2");

        Map<String, String> correct = new LinkedHashMap<>();
        correct.put("checked", "0");
        correct.put("result", "CORRECT");
        assertThat(official.post("/offers/" + offerId + "/review", correct, review.csrf()).status()).isEqualTo(302);
        assertThat(ngo.get("/offers/" + offerId).text()).contains("Oferta poprawna formalnie",
                "Oferta złożona w terminie i w sposób określony w ogłoszeniu: spełnione");
        assertThat(official.get("/competitions/" + competitionId + "/offers").text())
            .contains("Oferta poprawna formalnie");

        // The statistics count the corrected version (4 800 zł asked), the one the
        // commission ranks, not the first (4 900 zł).
        assertThat(statistics.of(competitionId).requested()).isEqualByComparingTo("4800.00");
    }

    @Test
    void correctionAfterItsDeadlineIsRefused() {
        String email = plainUser();
        WebClient ngo = loggedIn(email);
        long offerId = submittedOffer(ngo, email, "Poprawka spóźniona");
        Map<String, String> call = new LinkedHashMap<>(
                Map.of("result", "CORRECTIONS_REQUESTED", "sections", "III", "days", "2"));
        assertThat(official
            .post("/offers/" + offerId + "/review", call, official.get("/offers/" + offerId + "/review").csrf())
            .status()).isEqualTo(302);
        String csrf = ngo.get("/offers/" + offerId).csrf();
        clock.advance(Duration.ofDays(3));
        Map<String, String> form = CompetitionFixtures.offer(taskId, "Poprawka spóźniona", periodFrom,
                periodFrom.plusMonths(6));
        form.put("summary", "Nowy opis po terminie.");
        Page refused = ngo.post("/offers/" + offerId, form, csrf);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("Termin na poprawienie oferty minął");
        assertThat(jdbc.sql("select count(*) from offer_version where offer_id = ?")
            .param(offerId)
            .query(Long.class)
            .single()).isEqualTo(1L);
    }

    private long submittedOffer(WebClient ngo, String email, String title) {
        long org = organisationRepresentedBy(email, "Fundacja Formalna " + TestOrganizations.word(), KLUCZEWSKO, true);
        Page started = ngo.post("/competitions/" + competitionId + "/offers",
                Map.of("leadOrganizationId", String.valueOf(org), "title", title),
                ngo.get("/competitions/" + competitionId).csrf());
        long offerId = Long.parseLong(started.location().replaceAll(".*/offers/(\\d+).*", "$1"));
        Page submitted = ngo.post("/offers/" + offerId,
                CompetitionFixtures.offer(taskId, title, periodFrom, periodFrom.plusMonths(6)),
                ngo.get("/offers/" + offerId).csrf());
        assertThat(submitted.status()).isEqualTo(302);
        return offerId;
    }

    private String checksum(long offerId, int number) {
        return jdbc.sql("select checksum from offer_version where offer_id = ? and number = ?")
            .params(offerId, number)
            .query(String.class)
            .single();
    }

}
