package pl.wspolnie.competitions;

import pl.wspolnie.support.WebClient;

import java.time.LocalDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Published competitions for the tests of offers' attachments, autosave and years. Their
 * task is in the sphere "tradycja-narodowa", so they do not crowd the first page of the
 * open "kultura" competitions other tests look at.
 */
public final class OfferTestCompetitions {

    public static final String SPHERE = "tradycja-narodowa";

    private OfferTestCompetitions() {
    }

    /**
     * Creates and publishes a competition of the fixture's content with these changes;
     * returns its id.
     */
    public static long publish(WebClient official, long jstId, String title, LocalDateTime deadline,
            Map<String, String> changes) {
        Map<String, String> form = CompetitionFixtures.announcement(jstId, title, deadline);
        form.put("tasks[0].sphereCode", SPHERE);
        form.putAll(changes);
        WebClient.Page created = official.post("/competitions/new", form, official.get("/competitions/new").csrf());
        assertThat(created.status()).as(created.text()).isEqualTo(302);
        long id = Long.parseLong(created.location().replaceAll(".*/competitions/(\\d+).*", "$1"));
        WebClient.Page published = official.post("/competitions/" + id + "/publish", Map.of(),
                official.get("/competitions/" + id).csrf());
        assertThat(published.status()).as(published.text()).isEqualTo(302);
        return id;
    }

}
