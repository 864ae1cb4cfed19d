package pl.wspolnie.competitions;

import org.junit.jupiter.api.Test;
import pl.wspolnie.calendar.Eventually;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.wspolnie.shared.time.ClockConfig.WARSAW;

/**
 * A small grant's offer published for remarks (art. 19a ust. 3 and 5) reaches the JST's
 * notice board for its 7 days and the calendar on the last day of remarks, through the
 * information modules' events.
 */
class SmallGrantNoticeTest extends IntegrationTest {

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), WARSAW);
    }

    Page post(WebClient client, String page, String action, Map<String, String> fields) {
        return client.post(action, fields, client.get(page).csrf());
    }

    @Test
    void anOfferPublishedForRemarksIsOnTheNoticeBoardForItsSevenDaysAndInTheCalendar() {
        String email = plainUser();
        long org = organisationRepresentedBy(email, "Stowarzyszenie Tablica " + TestOrganizations.word(), SECEMIN,
                true);
        WebClient ngo = loggedIn(email);
        String title = "Jarmark bożonarodzeniowy " + TestOrganizations.word();
        Page started = ngo.submit("/small-grants/new", "/small-grants/offers",
                Map.of("organizationId", String.valueOf(org), "jstId", String.valueOf(jstId(SECEMIN)), "title", title));
        long id = Long.parseLong(started.redirectPath().substring("/small-grants/offers/".length()));
        String path = "/small-grants/offers/" + id;
        assertThat(post(ngo, path, path,
                SmallGrantTest.offer(title, "3 000", "500", today().plusDays(12), today().plusDays(20)))
            .status()).isEqualTo(302);

        // Submitted but not judged: nothing public yet.
        assertThat(visitor().get("/notices").text()).doesNotContain(title);

        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, SECEMIN));
        LocalDate published = today();
        assertThat(post(official, path, path + "/judge", Map.of("purposeful", "true", "reason", "Celowe.")).status())
            .isEqualTo(302);
        Eventually.await("the notice and the calendar entry",
                () -> jdbc.sql("select count(*) from notice where link = ?")
                    .param(path)
                    .query(Integer.class)
                    .single() == 1
                        && jdbc
                            .sql("select count(*) from calendar_entry where source = 'competitions' and source_id = ?")
                            .param("small-grant-" + id)
                            .query(Integer.class)
                            .single() == 1);

        // The notice board: the JST's funding notice until the last day of remarks.
        Page board = visitor().get("/notices?kind=FUNDING");
        assertThat(board.text()).contains("Mały grant – oferta do uwag: " + title);
        long noticeId = jdbc.sql("select id from notice where link = ?").param(path).query(Long.class).single();
        Page notice = visitor().get("/notices/" + noticeId);
        assertThat(notice.text()).contains("Finansowanie", "Gmina Secemin", "w trybie art. 19a",
                "do " + published.plusDays(7).format(ReportTest.PL) + " włącznie");
        assertThat(notice.body()).contains("href=\"" + path + "\"");

        // The calendar: the last day of remarks, to its end.
        OffsetDateTime deadline = jdbc
            .sql("select starts_at from calendar_entry where source = 'competitions' and source_id = ?")
            .param("small-grant-" + id)
            .query(OffsetDateTime.class)
            .single();
        assertThat(deadline.atZoneSameInstant(WARSAW).toLocalDateTime())
            .isEqualTo(published.plusDays(7).atTime(23, 59));
        String month = published.plusDays(7).toString().substring(0, 7);
        assertThat(visitor().get("/calendar?view=list&month=" + month + "&jst=" + jstId(SECEMIN)).text())
            .contains("Ostatni dzień uwag do oferty: " + title);

        // Day 7: still on the board; day 8: off the public list.
        clock.advance(Duration.ofDays(7));
        assertThat(visitor().get("/notices?kind=FUNDING").text()).contains(title);
        clock.advance(Duration.ofDays(1));
        assertThat(visitor().get("/notices?kind=FUNDING").text()).doesNotContain(title);
        assertThat(visitor().get("/notices/" + noticeId).text()).contains("Nieaktualne");

    }

}
