package pl.wspolnie.competitions;

import org.junit.jupiter.api.Test;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The task's sphere against the offeror's statutory spheres: an offeror outside it is
 * warned on its offer and the official sees it on the formal review's checklist; it does
 * not block submission (the official judges it).
 */
class OfferSphereTest extends SavedDraftsTest {

    private static final String WARNING = "sfera pożytku publicznego zadania nie należy do sfer działalności statutowej oferenta";

    @Test
    void anOfferorOutsideTheTasksSphereIsWarnedAndTheReviewListsIt() {
        Published competition = publishedCompetition("Konkurs sfer");
        // The task is in "kultura" (a sphere of art. 4 point 16).
        Submitter inside = savedDraft(competition, 1, "kultura");
        Submitter outside = savedDraft(competition, 3, "turystyka");

        assertThat(inside.client().get("/offers/" + inside.offerId()).text()).doesNotContain(WARNING);
        Page outsidePage = outside.client().get("/offers/" + outside.offerId());
        assertThat(outsidePage.text()).contains("Uwaga: " + WARNING + ": Stowarzyszenie Równoległe 3");

        assertThat(outside.submit().status()).as("a warning, not a refusal").isEqualTo(302);
        assertThat(inside.submit().status()).isEqualTo(302);

        clock.advance(Duration.between(clock.instant(), competition.deadline().plusSeconds(60)));
        try {
            WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
            assertThat(official.get("/offers/" + outside.offerId() + "/review").text())
                .contains("Sfera zadania poza działalnością statutową oferenta: Stowarzyszenie Równoległe 3");
            assertThat(official.get("/offers/" + inside.offerId() + "/review").text())
                .doesNotContain("Sfera zadania poza działalnością statutową oferenta");
        }
        finally {
            clock.reset();
        }
    }

}
