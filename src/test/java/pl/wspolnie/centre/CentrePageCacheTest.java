package pl.wspolnie.centre;

import org.junit.jupiter.api.Test;
import pl.wspolnie.centre.domain.Audience;
import pl.wspolnie.centre.domain.RecruitmentMode;
import pl.wspolnie.centre.domain.TrainingDetails;
import pl.wspolnie.centre.domain.TrainingKind;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.time.ClockConfig;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anonymous visitors get the week view and the trainings list from the page micro-cache,
 * and a change (a new booking, a new training) shows at once: the cached copies are
 * dropped when it commits.
 */
class CentrePageCacheTest extends CentreIntegrationTest {

    @Test
    void cachedWeekViewShowsANewBookingRightAfterItIsMade() {
        CentreFixtures.Rooms rooms = CentreFixtures.centreWithRoom(catalogue, jstId(POWIAT));
        CentreFixtures.Ngo ngo = CentreFixtures.ngo(provisioning, seeding, uniqueEmail("cache"), jstId(KLUCZEWSKO));
        LocalDate monday = LocalDate.now(clock).plusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String path = "/centre/resources/" + rooms.roomId() + "?week=" + BookingControllerWeek.of(monday);

        WebClient visitor = visitor();
        Page first = visitor.get(path);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("X-Page-Cache")).isEqualTo("MISS");
        assertThat(first.text()).doesNotContain("14:00–15:30");
        Page second = visitor().get(path);
        assertThat(second.header("X-Page-Cache")).isEqualTo("HIT");
        assertThat(second.body()).isEqualTo(first.body());

        WebClient rep = loggedIn(ngo.repEmail());
        String room = "/centre/resources/" + rooms.roomId();
        assertThat(rep.get(path).header("X-Page-Cache")).as("a logged-in person never gets a cached page").isNull();
        assertThat(rep.post(room + "/book",
                Map.of("organizationId", String.valueOf(ngo.id()), "date", monday.plusDays(2).toString(), "from",
                        "14:00", "to", "15:30", "equipmentId", "", "purpose", "Walne zebranie"),
                rep.get(room).csrf())
            .status()).isEqualTo(302);

        Page after = visitor().get(path);
        assertThat(after.header("X-Page-Cache")).isEqualTo("MISS");
        assertThat(after.text()).contains("14:00–15:30").contains(ngo.name()).doesNotContain("Walne zebranie");
        assertThat(visitor().get(path).header("X-Page-Cache")).isEqualTo("HIT");
    }

    @Test
    void cachedTrainingsListShowsANewTrainingRightAfterItIsCreated() {
        long centreId = CentreFixtures.centreWithRoom(catalogue, jstId(POWIAT)).centreId();
        String path = "/centre/trainings?page=0";
        assertThat(visitor().get(path).status()).isEqualTo(200);
        assertThat(visitor().get(path).header("X-Page-Cache")).isEqualTo("HIT");

        String title = "Szkolenie z pamięci podręcznej " + TestOrganizations.word();
        var start = clock.instant().plus(Duration.ofMinutes(2));
        trainings.seed(centreId, new TrainingDetails(TrainingKind.SEMINAR, title, "Program", "", "Sala", null, start,
                start.plus(Duration.ofHours(2)), 10, clock.instant().minus(Duration.ofDays(1)),
                start.minus(Duration.ofMinutes(1)), RecruitmentMode.FIRST_COME, Set.of(Audience.VOLUNTEER), List.of()));

        Page after = visitor().get(path);
        assertThat(after.header("X-Page-Cache")).isEqualTo("MISS");
        assertThat(after.text()).contains(title);
        assertThat(LocalDate.ofInstant(start, ClockConfig.WARSAW)).isNotNull();
    }

}
