package pl.wspolnie.centre;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import pl.wspolnie.centre.domain.Audience;
import pl.wspolnie.shared.cache.CacheConfiguration;
import pl.wspolnie.shared.cache.Caches;
import pl.wspolnie.centre.domain.RecruitmentMode;
import pl.wspolnie.centre.domain.TrainingDetails;
import pl.wspolnie.centre.domain.TrainingKind;
import pl.wspolnie.support.StatementCounter;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import pl.wspolnie.organizations.TestOrganizations;

/**
 * The week view and the trainings list cost the same few statements however many rows
 * they show (no N+1).
 */
@Import(StatementCounter.Config.class)
class CentreStatementCountTest extends CentreIntegrationTest {

    /**
     * Resource, centre (+ its opening hours), the fingerprint of the week's bookings (the
     * table is kept for it).
     */
    static final int WEEK_KEPT = 4;

    /**
     * The first look at a week also reads its bookings and their organisations to render
     * the table.
     */
    static final int WEEK_LIMIT = WEEK_KEPT + 2;

    /** The page of trainings and its count. */
    static final int LIST_LIMIT = 2;

    /** A logged-in person adds their roles and the organisations they represent. */
    static final int LOGGED_IN_EXTRA = 2;

    /** The counts per tag and the next trainings of every tag. */
    static final int NEEDS_LIMIT = 2;

    @Autowired
    Caches caches;

    @Test
    void weekViewWithManyBookingsOfManyOrganisations() {
        CentreFixtures.Rooms rooms = CentreFixtures.centreWithRoom(catalogue, jstId(POWIAT));
        LocalDate monday = LocalDate.now(clock).plusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (int i = 0; i < 6; i++) {
            CentreFixtures.Ngo ngo = CentreFixtures.ngo(provisioning, seeding, uniqueEmail("count"), jstId(KLUCZEWSKO));
            WebClient rep = loggedIn(ngo.repEmail());
            String room = "/centre/resources/" + rooms.roomId();
            assertThat(rep
                .post(room + "/book",
                        Map.of("organizationId", String.valueOf(ngo.id()), "date", monday.plusDays(i).toString(),
                                "from", "09:00", "to", "10:00", "equipmentId", "", "purpose", "Spotkanie " + i),
                        rep.get(room).csrf())
                .status()).isEqualTo(302);
        }
        WebClient visitor = visitor();
        String path = "/centre/resources/" + rooms.roomId() + "?week=" + BookingControllerWeek.of(monday);
        // measure the rendered page, not the anonymous micro-cache
        caches.clear(CacheConfiguration.CENTRE);
        StatementCounter.Counted<Page> counted = StatementCounter.during(() -> visitor.get(path));
        assertThat(counted.result().header("X-Page-Cache")).isEqualTo("MISS");
        assertThat(counted.result().text()).contains("09:00–10:00").doesNotContain("Spotkanie");
        assertThat(counted.result().body().split("zarezerwowane: ", -1)).hasSize(7);
        assertThat(counted.statements()).as(String.join("\n", counted.statements()))
            .hasSizeLessThanOrEqualTo(WEEK_LIMIT);

        WebClient resident = loggedIn(plainUser());
        resident.get(path);
        StatementCounter.Counted<Page> again = StatementCounter.during(() -> resident.get(path));
        assertThat(again.result().text()).contains("09:00–10:00").doesNotContain("Spotkanie");
        assertThat(again.statements()).as(String.join("\n", again.statements()))
            .hasSizeLessThanOrEqualTo(WEEK_KEPT + LOGGED_IN_EXTRA);
    }

    @Test
    void trainingsListOfAFullPage() {
        long centreId = CentreFixtures.centreWithRoom(catalogue, jstId(POWIAT)).centreId();
        for (int i = 0; i < 21; i++) {
            LocalDateTime start = LocalDate.now(clock).plusDays(3 + i).atTime(10, 0);
            trainings.seed(centreId,
                    new TrainingDetails(TrainingKind.SEMINAR, "Seminarium nr " + i, "Program", "", "Sala", null,
                            start.atZone(ZoneId.of("Europe/Warsaw")).toInstant(),
                            start.plusHours(2).atZone(ZoneId.of("Europe/Warsaw")).toInstant(), 10, clock.instant(),
                            start.minusDays(1).atZone(ZoneId.of("Europe/Warsaw")).toInstant(),
                            RecruitmentMode.FIRST_COME, Set.of(Audience.VOLUNTEER), List.of()));
        }
        WebClient visitor = visitor();
        caches.clear(CacheConfiguration.CENTRE);
        StatementCounter.Counted<Page> counted = StatementCounter.during(() -> visitor.get("/centre/trainings"));
        assertThat(counted.result().header("X-Page-Cache")).isEqualTo("MISS");
        assertThat(counted.result().status()).isEqualTo(200);
        assertThat(counted.result().body()).contains("rel=\"next\"");
        assertThat(counted.statements()).as(String.join("\n", counted.statements()))
            .hasSizeLessThanOrEqualTo(LIST_LIMIT);

        // logged in: the person's roles and the page's rows; the count is reused while
        // nothing changed
        WebClient resident = loggedIn(plainUser());
        resident.get("/centre/trainings");
        StatementCounter.Counted<Page> again = StatementCounter.during(() -> resident.get("/centre/trainings"));
        assertThat(again.result().body()).contains("rel=\"next\"");
        assertThat(again.statements()).as(String.join("\n", again.statements())).hasSizeLessThanOrEqualTo(LIST_LIMIT);
    }

    @Test
    void needsPageCostsTheSameStatementsWithMoreTagsAndTrainings() {
        long centreId = CentreFixtures.centreWithRoom(catalogue, jstId(POWIAT)).centreId();
        String word = TestOrganizations.word();
        seedTagged(centreId, "potrzeba " + word, 3);
        WebClient visitor = visitor();
        StatementCounter.Counted<Page> before = StatementCounter.during(() -> visitor.get("/centre/trainings/needs"));
        assertThat(before.result().text()).contains("potrzeba " + word);
        for (int t = 0; t < 4; t++) {
            seedTagged(centreId, "potrzeba " + t + " " + word, 8);
        }
        StatementCounter.Counted<Page> after = StatementCounter.during(() -> visitor.get("/centre/trainings/needs"));
        assertThat(after.result().text()).contains("potrzeba 3 " + word);
        assertThat(after.statements()).as(String.join("\n", after.statements()))
            .hasSizeLessThanOrEqualTo(NEEDS_LIMIT)
            .hasSameSizeAs(before.statements());
        StatementCounter.Counted<Page> tag = StatementCounter
            .during(() -> visitor.get("/centre/trainings/needs/potrzeba%200%20" + word));
        assertThat(tag.result().text()).contains("potrzeba 0 " + word + " nr 7");
        assertThat(tag.statements()).as(String.join("\n", tag.statements())).hasSizeLessThanOrEqualTo(NEEDS_LIMIT);
    }

    private void seedTagged(long centreId, String tag, int count) {
        for (int i = 0; i < count; i++) {
            LocalDateTime start = LocalDate.now(clock).plusDays(3 + i).atTime(10, 0);
            trainings.seed(centreId,
                    new TrainingDetails(TrainingKind.SEMINAR, tag + " nr " + i, "Program", "", "Sala", null,
                            start.atZone(ZoneId.of("Europe/Warsaw")).toInstant(),
                            start.plusHours(2).atZone(ZoneId.of("Europe/Warsaw")).toInstant(), 10, clock.instant(),
                            start.minusDays(1).atZone(ZoneId.of("Europe/Warsaw")).toInstant(),
                            RecruitmentMode.FIRST_COME, Set.of(Audience.VOLUNTEER), List.of(tag)));
        }
    }

}
