package pl.wspolnie.centre;

import org.junit.jupiter.api.Test;
import pl.wspolnie.centre.domain.Audience;
import pl.wspolnie.centre.domain.RecruitmentMode;
import pl.wspolnie.centre.domain.TrainingDetails;
import pl.wspolnie.centre.domain.TrainingKind;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff are asked on /me to record the attendance of a training that ended; the item goes
 * away once they saved the list, even when nobody was present, and the training keeps
 * when and by whom it was saved.
 */
class TrainingAttendanceRecordedTest extends CentreIntegrationTest {

    @Test
    void theAttentionItemGoesAwayOnceAttendanceIsSavedEvenWithNobodyPresent() {
        long centreId = CentreFixtures.centreWithRoom(catalogue, jstId(POWIAT)).centreId();
        String staffEmail = userWithRole(Role.CENTRE_STAFF, POWIAT);
        WebClient staff = loggedIn(staffEmail);
        String title = "Szkolenie bez obecnych " + TestOrganizations.word();
        Instant start = clock.instant().plus(Duration.ofDays(2));
        long id = trainings.seed(centreId, new TrainingDetails(TrainingKind.TRAINING, title, "Program", "", "Sala",
                null, start, start.plus(Duration.ofHours(3)), 10, clock.instant().minusSeconds(60),
                start.minus(Duration.ofDays(1)), RecruitmentMode.FIRST_COME, Set.of(Audience.VOLUNTEER), List.of()));
        WebClient participant = loggedIn(plainUser());
        String path = "/centre/trainings/" + id;
        assertThat(participant.post(path + "/apply", Map.of("audience", "VOLUNTEER"), participant.get(path).csrf())
            .status()).isEqualTo(302);
        clock.advance(Duration.ofDays(3));

        Page before = staff.get("/me");
        assertThat(before.text()).contains("Szkolenie się zakończyło – zapisz obecność", title);
        assertThat(before.body()).contains("href=\"" + path + "/attendance\"");

        // nobody ticked: the list is saved all the same
        Page saved = staff.post(path + "/attendance", Map.of(), staff.get(path + "/manage").csrf());
        assertThat(saved.status()).isEqualTo(302);

        assertThat(staff.get("/me").text()).doesNotContain(title);
        assertThat(jdbc.sql("select attendance_recorded_by from centre_training where id = ?")
            .param(id)
            .query(Long.class)
            .single())
            .isEqualTo(jdbc.sql("select id from user_account where email = ?")
                .param(staffEmail)
                .query(Long.class)
                .single());
        assertThat(jdbc.sql("select count(*) from centre_training_application where training_id = ? and present")
            .param(id)
            .query(Long.class)
            .single()).isZero();
    }

}
