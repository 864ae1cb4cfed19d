package pl.wspolnie.competitions;

import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.organizations.OrganizationSeeding;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import jakarta.mail.MessagingException;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.TestMailServer;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.wspolnie.shared.time.ClockConfig.WARSAW;

/**
 * Base of the tests after the decision: a published, scored and decided competition with
 * one offer.
 */
abstract class AwardedOfferTest extends IntegrationTest {

    /** A decided competition: the offer asked for 4 900 zł and got {@code amount}. */
    record Awarded(long competitionId, long taskId, long offerId, LocalDate from, WebClient official, String ngoEmail,
            WebClient ngo) {
    }

    @Autowired
    OrganizationSeeding seeding;

    /** A valid NRB (IBAN PL61 1090 1014 0000 0712 1981 2874). */
    static final String ACCOUNT = "PL61 1090 1014 0000 0712 1981 2874";

    Awarded awarded(String amount) {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        long competitionId = AnnouncementTest.createPublished(official, "Konkurs z umową " + TestOrganizations.word(),
                LocalDateTime.now(WARSAW).plusDays(30));
        long taskId = CompetitionFixtures.taskId(jdbc, competitionId);
        LocalDate from = CompetitionFixtures.periodFrom(jdbc, competitionId);
        String email = plainUser();
        long org = organisationRepresentedBy(email, "Organizacja " + TestOrganizations.word(), KLUCZEWSKO, true);
        WebClient ngo = loggedIn(email);
        Page started = ngo.post("/competitions/" + competitionId + "/offers",
                Map.of("leadOrganizationId", String.valueOf(org), "title", "Warsztaty w świetlicy"),
                ngo.get("/competitions/" + competitionId).csrf());
        long offerId = Long.parseLong(started.location().replaceAll(".*/offers/(\\d+).*", "$1"));
        assertThat(ngo
            .post("/offers/" + offerId,
                    CompetitionFixtures.offer(taskId, "Warsztaty w świetlicy", from, from.plusMonths(6)),
                    ngo.get("/offers/" + offerId).csrf())
            .status()).isEqualTo(302);
        official.post("/offers/" + offerId + "/review", Map.of("result", "CORRECT", "checked", "0"),
                official.get("/offers/" + offerId + "/review").csrf());
        String member = userWithRole(Role.COMMISSION_MEMBER, POWIAT);
        official.post("/competitions/" + competitionId + "/commission", Map.of("email", member, "chair", "true"),
                official.get("/competitions/" + competitionId + "/commission").csrf());
        clock.advance(Duration.ofDays(31));
        WebClient m = loggedIn(member);
        Page board = m.get("/competitions/" + competitionId + "/evaluation");
        m.post("/competitions/" + competitionId + "/evaluation/declare", Map.of("noConflict", "true"), board.csrf());
        Map<String, String> score = CompetitionFixtures.evenScores(jdbc, competitionId, 8, "Dobrze opisane zadanie.");
        assertThat(m.post("/offers/" + offerId + "/score", score, board.csrf()).status()).isEqualTo(302);
        Page decision = official.get("/competitions/" + competitionId + "/decision");
        assertThat(official.post("/competitions/" + competitionId + "/decision",
                Map.of("amount" + offerId, amount, "justification" + offerId, "Ograniczone środki."), decision.csrf())
            .status()).isEqualTo(302);
        return new Awarded(competitionId, taskId, offerId, from, official, email, ngo);
    }

    /**
     * Awarded 3 000 zł, the updated cost table submitted and the contract "U/{offerId}"
     * recorded.
     */
    Awarded contracted() {
        Awarded a = awarded("3 000");
        assertThat(a.ngo()
            .post("/offers/" + a.offerId(), budgetFor3000(a), a.ngo().get("/offers/" + a.offerId()).csrf())
            .status()).isEqualTo(302);
        String path = "/offers/" + a.offerId() + "/contract";
        assertThat(a.official().post(path, contract(a, "U/" + a.offerId()), a.official().get(path).csrf()).status())
            .isEqualTo(302);
        return a;
    }

    /**
     * The offer's fields with the grant lowered to 3 000 zł (2 600 + 400) and own
     * financial raised to 2 200 zł.
     */
    static Map<String, String> budgetFor3000(Awarded a) {
        Map<String, String> f = CompetitionFixtures.offer(a.taskId(), "Warsztaty w świetlicy", a.from(),
                a.from().plusMonths(6));
        f.put("costLines[0].fromGrant", "2 600");
        f.put("ownFinancial", "2 200");
        f.put("actions[0].description", "Osiem spotkań po trzy godziny.");
        return f;
    }

    /** A valid contract for 3 000 zł in two tranches. */
    static Map<String, String> contract(Awarded a, String number) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("number", number);
        f.put("signedOn", a.from().minusDays(2).toString());
        f.put("bankAccount", ACCOUNT);
        f.put("periodFrom", a.from().toString());
        f.put("periodTo", a.from().plusMonths(6).toString());
        f.put("tranches[0].dueOn", a.from().toString());
        f.put("tranches[0].amount", "2 000,00");
        f.put("tranches[1].dueOn", a.from().plusMonths(3).toString());
        f.put("tranches[1].amount", "1000");
        return f;
    }

    /** Moves the clock to 9:00 in Warsaw on that day. */
    void moveTo(LocalDate day) {
        clock.advance(Duration.between(clock.instant(), day.atTime(9, 0).atZone(WARSAW).toInstant()));
    }

    /** Final-report reminders received, after a moment for a late duplicate to arrive. */
    static long remindersTo(String email) throws InterruptedException {
        Thread.sleep(1000);
        return TestMailServer.mailsTo(email).stream().filter(m -> {
            try {
                return m.getSubject().contains("Przypomnienie: sprawozdanie końcowe");
            }
            catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).count();
    }

}
