package pl.wspolnie.centre;

import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.centre.domain.Audience;
import pl.wspolnie.centre.domain.CentreCatalogue;
import pl.wspolnie.centre.domain.RecruitmentMode;
import pl.wspolnie.centre.domain.TrainingDetails;
import pl.wspolnie.centre.domain.TrainingKind;
import pl.wspolnie.centre.domain.Trainings;
import pl.wspolnie.organizations.OrganizationSeeding;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the centre's integration tests that set up rooms, trainings and organisations
 * directly: the services they use.
 */
abstract class CentreIntegrationTest extends IntegrationTest {

    @Autowired
    CentreCatalogue catalogue;

    @Autowired
    Trainings trainings;

    @Autowired
    OrganizationSeeding seeding;

    /**
     * Seeds a training for volunteers, first come first served, taking applications from
     * a minute ago until two days before its start (times in Warsaw).
     */
    long seedTraining(long centreId, TrainingKind kind, String title, String programme, String trainer, String place,
            LocalDateTime start, int hours, int capacity) {
        ZoneId warsaw = ZoneId.of("Europe/Warsaw");
        return trainings.seed(centreId,
                new TrainingDetails(kind, title, programme, trainer, place, null, start.atZone(warsaw).toInstant(),
                        start.plusHours(hours).atZone(warsaw).toInstant(), capacity, clock.instant().minusSeconds(60),
                        start.minusDays(2).atZone(warsaw).toInstant(), RecruitmentMode.FIRST_COME,
                        Set.of(Audience.VOLUNTEER), List.of()));
    }

    /**
     * The form planning a training: for volunteers, first come first served, taking
     * applications from an hour ago until the day before its start.
     */
    Map<String, String> trainingForm(String kind, String title, String programme, String trainer, String place,
            LocalDateTime start, int hours, String capacity) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("kind", kind);
        form.put("title", title);
        form.put("programme", programme);
        form.put("trainer", trainer);
        form.put("place", place);
        form.put("onlineLink", "");
        form.put("startsAt", start.toString());
        form.put("endsAt", start.plusHours(hours).toString());
        form.put("capacity", capacity);
        form.put("applicationsOpen", LocalDateTime.now(clock).minusHours(1).withSecond(0).withNano(0).toString());
        form.put("applicationsClose", start.minusDays(1).toString());
        form.put("recruitmentMode", "FIRST_COME");
        form.put("audiences", "VOLUNTEER");
        form.put("needTags", "");
        return form;
    }

    /** A new person applies for the training as a volunteer; returns their e-mail. */
    String applicant(long trainingId) {
        String email = plainUser();
        WebClient person = loggedIn(email);
        String path = "/centre/trainings/" + trainingId;
        assertThat(person.post(path + "/apply", Map.of("audience", "VOLUNTEER"), person.get(path).csrf()).status())
            .isEqualTo(302);
        return email;
    }

    /** The id of the person's application for the training. */
    long applicationOf(long trainingId, String email) {
        return jdbc
            .sql("select a.id from centre_training_application a join user_account u on u.id = a.user_id "
                    + "where a.training_id = ? and u.email = ?")
            .params(trainingId, email)
            .query(Long.class)
            .single();
    }

    String applicationStatus(long trainingId, String email) {
        return jdbc.sql("select status from centre_training_application where id = ?")
            .param(applicationOf(trainingId, email))
            .query(String.class)
            .single();
    }

}
