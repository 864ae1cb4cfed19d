package pl.wspolnie.centre;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import pl.wspolnie.centre.domain.Audience;
import pl.wspolnie.centre.domain.RecruitmentMode;
import pl.wspolnie.centre.domain.TrainingDetails;
import pl.wspolnie.centre.domain.TrainingKind;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.web.RenderedFragments;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Logged-in people get the week table and the trainings table from HTML kept under the
 * content it shows ({@link RenderedFragments}): the same week is not rendered twice, a
 * change shows at once (it is other content), and a person's own bookings (purpose,
 * cancel form with their token) are rendered for them alone.
 */
class CentreRenderedPagesTest extends CentreIntegrationTest {

    private static final Pattern TABLE = Pattern.compile("(?s)<table class=\"week\">.*?</table>");

    private static final Pattern CANCEL_TOKEN = Pattern.compile(
            "(?s)<form class=\"inline\" method=\"post\" action=\"(/centre/bookings/\\d+/cancel)\">.*?name=\"_csrf\" value=\"([^\"]+)\"");

    private static final Pattern PAGES = Pattern.compile("Strona 1 z (\\d+)");

    @Autowired
    RenderedFragments fragments;

    @Autowired
    JdbcClient jdbc;

    @Test
    void weekTableIsReusedForEveryoneWithoutOwnBookingsAndRenderedForTheOwner() {
        CentreFixtures.Rooms rooms = CentreFixtures.centreWithRoom(catalogue, jstId(POWIAT));
        CentreFixtures.Ngo ngo = CentreFixtures.ngo(provisioning, seeding, uniqueEmail("kept"), jstId(KLUCZEWSKO));
        LocalDate monday = LocalDate.now(clock).plusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String room = "/centre/resources/" + rooms.roomId();
        String path = room + "?week=" + BookingControllerWeek.of(monday);
        WebClient resident = loggedIn(plainUser());
        WebClient another = loggedIn(plainUser());

        String first = table(resident.get(path));
        long hits = fragments.stats().hits();
        assertThat(table(another.get(path))).isEqualTo(first);
        assertThat(fragments.stats().hits()).as("the second person got the kept table").isEqualTo(hits + 1);

        WebClient rep = loggedIn(ngo.repEmail());
        assertThat(rep.post(room + "/book",
                Map.of("organizationId", String.valueOf(ngo.id()), "date", monday.plusDays(1).toString(), "from",
                        "11:00", "to", "12:30", "equipmentId", "", "purpose", "Zebranie zarządu"),
                rep.get(room).csrf())
            .status()).isEqualTo(302);

        String changed = table(resident.get(path));
        assertThat(changed).isNotEqualTo(first)
            .contains("11:00–12:30")
            .contains(ngo.name())
            .doesNotContain("Zebranie zarządu")
            .doesNotContain("<form");

        Page own = rep.get(path);
        assertThat(table(own)).contains("(Zebranie zarządu)").contains("name=\"_csrf\"");
        Matcher cancel = CANCEL_TOKEN.matcher(table(own));
        assertThat(cancel.find()).as("the owner's cancel form carries their token").isTrue();
        assertThat(rep.post(cancel.group(1), Map.of("reason", "Zmiana planów", "back", path), cancel.group(2)).status())
            .isEqualTo(302);
        assertThat(table(another.get(path))).doesNotContain("11:00–12:30");
    }

    @Test
    void trainingsTableAndPageCountFollowChanges() {
        long centreId = CentreFixtures.centreWithRoom(catalogue, jstId(POWIAT)).centreId();
        WebClient resident = loggedIn(plainUser());
        int pages = pageCount(resident.get("/centre/trainings"));

        // twenty more trainings made here: exactly one more page, counted again at once
        Instant far = clock.instant().plus(Duration.ofDays(3650));
        String word = TestOrganizations.word();
        for (int i = 0; i < 20; i++) {
            Instant start = far.plus(Duration.ofHours(i));
            trainings.seed(centreId,
                    new TrainingDetails(TrainingKind.WORKSHOP, "Warsztat " + word + " " + i, "Program", "", "Sala",
                            null, start, start.plus(Duration.ofHours(1)), 10, clock.instant().minus(Duration.ofDays(1)),
                            start.minus(Duration.ofDays(1)), RecruitmentMode.FIRST_COME, Set.of(Audience.VOLUNTEER),
                            List.of()));
        }
        Page after = resident.get("/centre/trainings");
        assertThat(pageCount(after)).isEqualTo(pages + 1);
        Page last = resident.get("/centre/trainings?page=" + pages);
        assertThat(last.text()).contains("Warsztat " + word + " 19");

        // a training another instance adds (no change seen here) counts once the kept
        // total is 30 s old
        Instant start = far.plus(Duration.ofDays(1));
        for (int i = 0; i < 20; i++) {
            jdbc.sql(
                    """
                            insert into centre_training (centre_id, kind, title, programme, trainer, place, starts_at, ends_at,
                                capacity, applications_open, applications_close, recruitment_mode, audiences, need_tags, created_at)
                            values (?, 'SEMINAR', ?, 'Program', '', 'Sala', ?, ?, 10, ?, ?, 'FIRST_COME', 'VOLUNTEER', '', ?)""")
                .params(centreId, "Seminarium " + word + " " + i, Timestamp.from(start.plusSeconds(i)),
                        Timestamp.from(start.plusSeconds(3600 + i)), Timestamp.from(clock.instant().minusSeconds(60)),
                        Timestamp.from(start.minusSeconds(60)), Timestamp.from(clock.instant()))
                .update();
        }
        assertThat(pageCount(resident.get("/centre/trainings"))).isEqualTo(pages + 1);
        clock.advance(Duration.ofSeconds(31));
        assertThat(pageCount(resident.get("/centre/trainings"))).isEqualTo(pages + 2);
    }

    private static String table(Page page) {
        assertThat(page.status()).isEqualTo(200);
        Matcher m = TABLE.matcher(page.body());
        assertThat(m.find()).as("week table on the page").isTrue();
        return m.group();
    }

    private static int pageCount(Page page) {
        assertThat(page.status()).isEqualTo(200);
        Matcher m = PAGES.matcher(page.text());
        return m.find() ? Integer.parseInt(m.group(1)) : 1;
    }

}
