package pl.wspolnie.competitions;

import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.organizations.OrganizationSeeding;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.wspolnie.shared.time.ClockConfig.WARSAW;
import java.sql.Timestamp;

/**
 * Tests that need many organisations, each with a complete saved draft offer ready to be
 * submitted.
 */
abstract class SavedDraftsTest extends IntegrationTest {

    @Autowired
    OrganizationSeeding seeding;

    /**
     * A logged-in representative with a saved, complete draft; {@link #submit()} posts it
     * as the form's button does.
     */
    record Submitter(WebClient client, long offerId, Map<String, String> form, String csrf) {
        Page submit() {
            Map<String, String> submitted = new LinkedHashMap<>(form);
            submitted.put("action", "submit");
            return client.post("/offers/" + offerId, submitted, csrf);
        }
    }

    record Published(long competitionId, long taskId, LocalDate periodFrom, Instant deadline) {
    }

    /** A published competition of the powiat with its offer deadline 30 days ahead. */
    Published publishedCompetition(String title) {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        long competitionId = AnnouncementTest.createDraft(official, title + " " + TestOrganizations.word(),
                LocalDateTime.now(WARSAW).plusDays(30).withSecond(0).withNano(0));
        assertThat(official
            .post("/competitions/" + competitionId + "/publish", Map.of(),
                    official.get("/competitions/" + competitionId).csrf())
            .status()).isEqualTo(302);
        long taskId = CompetitionFixtures.taskId(jdbc, competitionId);
        LocalDate periodFrom = CompetitionFixtures.periodFrom(jdbc, competitionId);
        Instant deadline = jdbc.sql("select offer_deadline from competition where id = ?")
            .param(competitionId)
            .query(Timestamp.class)
            .single()
            .toInstant();
        return new Published(competitionId, taskId, periodFrom, deadline);
    }

    /**
     * A new organisation (number n in its name) whose representative has saved a complete
     * draft in the competition.
     */
    Submitter savedDraft(Published competition, int n) {
        return savedDraft(competition, n, "kultura");
    }

    /**
     * As {@link #savedDraft(Published, int)}, for an organisation acting in the given
     * statutory sphere.
     */
    Submitter savedDraft(Published competition, int n, String sphereCode) {
        String email = plainUser();
        long userId = provisioning.ensureConfirmedUser(email, "", "");
        long org = seeding
            .ensure(TestOrganizations.details("Stowarzyszenie Równoległe " + n + " " + TestOrganizations.word(),
                    jstId(KLUCZEWSKO), List.of(sphereCode), null), userId, true, true);
        WebClient ngo = loggedIn(email);
        Page page = ngo.get("/competitions/" + competition.competitionId());
        Page started = ngo.post("/competitions/" + competition.competitionId() + "/offers",
                Map.of("leadOrganizationId", String.valueOf(org), "title", "Oferta " + n), page.csrf());
        assertThat(started.status()).isEqualTo(302);
        long offerId = Long.parseLong(started.location().replaceAll(".*/offers/(\\d+).*", "$1"));
        Map<String, String> form = CompetitionFixtures.offer(competition.taskId(), "Warsztaty numer " + n + " – żółć",
                competition.periodFrom(), competition.periodFrom().plusMonths(6));
        form.put("action", "save");
        String csrf = ngo.get("/offers/" + offerId).csrf();
        Page saved = ngo.post("/offers/" + offerId, form, csrf);
        assertThat(saved.status()).isEqualTo(200);
        return new Submitter(ngo, offerId, form, csrf);
    }

}
