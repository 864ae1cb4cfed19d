package pl.wspolnie.centre;

import org.junit.jupiter.api.Test;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.support.ApiClient;
import pl.wspolnie.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Support centres through the public API: services and trainings (a cancelled one with
 * its reason), never the applicants or their answers.
 */
class CentreApiTest extends IntegrationTest {

    @Test
    void servicesAndTrainingsWithoutTheParticipants() {
        String word = TestOrganizations.word();
        long jst = jstId(POWIAT);
        Instant now = clock.instant();
        long centre = jdbc
            .sql("insert into centre (jst_id, name, address, created_at) values (?, ?, 'ul. Polna 1', ?) returning id")
            .params(jst, "Centrum " + word, Timestamp.from(now))
            .query(Long.class)
            .single();
        jdbc.sql("insert into centre_service (centre_id, name, description, eligibility) values (?, ?, 'Opis', 'NGO')")
            .params(centre, "Doradztwo " + word)
            .update();
        long training = training(centre, "Szkolenie " + word, now.plus(Duration.ofDays(10)));
        long cancelled = training(centre, "Odwołane " + word, now.plus(Duration.ofDays(12)));
        jdbc.sql("update centre_training set cancelled_at = ?, cancel_reason = ? where id = ?")
            .params(Timestamp.from(now), "Choroba trenera " + word, cancelled)
            .update();
        String email = uniqueEmail("uczestnik");
        long participant = provisioning.ensureConfirmedUser(email, "Zofia Uczestniczka" + word, DEMO_PASSWORD);
        jdbc.sql("""
                insert into centre_training_application (training_id, user_id, audience, status, applied_at)
                values (?, ?, 'VOLUNTEER', 'ACCEPTED', ?)""")
            .params(training, participant, Timestamp.from(now))
            .update();
        ApiClient api = new ApiClient(port);

        JsonNode services = api.json("/api/v1/centre-services?size=100&jst=" + jst);
        assertThat(services.toString()).contains("Doradztwo " + word, "Centrum " + word);
        JsonNode t = api.json("/api/v1/trainings/" + training);
        assertThat(t.get("title").asString()).isEqualTo("Szkolenie " + word);
        assertThat(t.get("capacity").asInt()).isEqualTo(10);
        assertThat(t.get("cancelledAt").isNull()).isTrue();
        assertThat(api.json("/api/v1/trainings/" + cancelled).get("cancelReason").asString())
            .isEqualTo("Choroba trenera " + word);
        int year = now.plus(Duration.ofDays(10)).atZone(ZoneId.of("Europe/Warsaw")).getYear();
        String list = api.json("/api/v1/trainings?size=100&jst=" + jst + "&year=" + year).toString();
        assertThat(list).contains("Szkolenie " + word, "Odwołane " + word).doesNotContain(email, "Uczestniczka");
        assertThat(api.json("/api/v1/trainings?size=100&jst=" + jst + "&year=" + (year - 3)).toString())
            .doesNotContain(word);
        assertThat(api.get("/api/v1/trainings/999999999").status()).isEqualTo(404);
    }

    private long training(long centre, String title, Instant start) {
        Instant now = clock.instant();
        return jdbc.sql("""
                insert into centre_training (centre_id, kind, title, programme, starts_at, ends_at, capacity,
                                             applications_open, applications_close, recruitment_mode, created_at)
                values (?, 'WORKSHOP', ?, 'Program', ?, ?, 10, ?, ?, 'FIRST_COME', ?) returning id""")
            .params(centre, title, Timestamp.from(start), Timestamp.from(start.plus(Duration.ofHours(4))),
                    Timestamp.from(now), Timestamp.from(start.minus(Duration.ofDays(1))), Timestamp.from(now))
            .query(Long.class)
            .single();
    }

}
