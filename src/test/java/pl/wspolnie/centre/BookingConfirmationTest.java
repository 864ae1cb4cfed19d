package pl.wspolnie.centre;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.centre.domain.ResourceBookings;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.TestMailServer;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests of a room that requires confirmation wait for the centre's staff, who confirm
 * or decline them.
 */
class BookingConfirmationTest extends CentreIntegrationTest {

    @Autowired
    ResourceBookings resourceBookings;

    CentreFixtures.Rooms rooms;

    CentreFixtures.Ngo ngo;

    CentreFixtures.Ngo other;

    String staffEmail;

    long room;

    LocalDate day;

    @BeforeEach
    void setUp() {
        rooms = CentreFixtures.centreWithRoom(catalogue, jstId(POWIAT));
        ngo = CentreFixtures.ngo(provisioning, seeding, uniqueEmail("pending"), jstId(KLUCZEWSKO));
        other = CentreFixtures.ngo(provisioning, seeding, uniqueEmail("pending2"), jstId(SECEMIN));
        staffEmail = userWithRole(Role.CENTRE_STAFF, POWIAT);
        day = LocalDate.now(clock).plusDays(7).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));

        // staff add a room: the form asks for confirmation by default
        WebClient staff = loggedIn(staffEmail);
        Page form = staff.get("/centre/" + rooms.centreId() + "/resources/new");
        assertThat(form.body()).containsPattern("id=\"requiresConfirmation\"[^>]*checked");
        Map<String, String> fields = CentreFixtures.roomForm("Sala kameralna", "12", "20:00");
        fields.put("_requiresConfirmation", "on");
        fields.put("requiresConfirmation", "true");
        Page created = staff.post("/centre/" + rooms.centreId() + "/resources/new", fields, form.csrf());
        assertThat(created.status()).isEqualTo(302);
        room = Long.parseLong(created.location().replaceAll(".*/centre/resources/(\\d+).*", "$1"));
    }

    private Page request(CentreFixtures.Ngo who, String from, String to) {
        return request(loggedIn(who.repEmail()), who, from, to);
    }

    private Page request(WebClient rep, CentreFixtures.Ngo who, String from, String to) {
        String page = "/centre/resources/" + room;
        Map<String, String> f = CentreFixtures.booking(who.id(), day, from, to, rooms.projectorId(),
                "Szkolenie wolontariuszy");
        return rep.post(page + "/book", f, rep.get(page).csrf());
    }

    private long pendingId() {
        return jdbc.sql("select id from centre_booking where resource_id = ? and status = 'PENDING'")
            .param(room)
            .query(Long.class)
            .single();
    }

    private String status(long id) {
        return jdbc.sql("select status from centre_booking where id = ?").param(id).query(String.class).single();
    }

    private String pendingPage() {
        return "/centre/" + rooms.centreId() + "/bookings/pending";
    }

    @Test
    void aPendingRequestHoldsTheTimeAndStaffConfirmIt() {
        WebClient rep = loggedIn(ngo.repEmail());
        Page sent = request(rep, ngo, "10:00", "12:00");
        assertThat(sent.status()).isEqualTo(302);
        assertThat(rep.get(sent.location()).text()).contains("Prośba o rezerwację została wysłana");
        assertThat(rep.get("/centre/bookings").text()).contains("oczekuje na potwierdzenie");
        String week = "/centre/resources/" + room + "?week=" + BookingControllerWeek.of(day);
        assertThat(visitor().get(week).text()).contains("10:00–12:00", ngo.name(), "oczekuje na potwierdzenie");

        Page second = request(other, "11:00", "13:00");
        assertThat(second.status()).as("a pending request holds the time").isEqualTo(409);
        assertThat(second.text()).contains("Ten termin jest już zajęty");

        WebClient staff = loggedIn(staffEmail);
        Page list = staff.get(pendingPage());
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.text()).contains("Sala kameralna", ngo.name(), "Szkolenie wolontariuszy",
                "ze sprzętem: Rzutnik");
        long id = pendingId();
        Page confirmed = staff.post("/centre/bookings/" + id + "/confirm",
                Map.of("centreId", String.valueOf(rooms.centreId())), list.csrf());
        assertThat(confirmed.status()).isEqualTo(302);
        assertThat(staff.get(confirmed.location()).text()).contains("Rezerwacja została potwierdzona")
            .contains("Nie ma próśb oczekujących");
        assertThat(status(id)).isEqualTo("CONFIRMED");
        assertThat(jdbc.sql("select count(*) from centre_booking where resource_id = ? and status = 'CONFIRMED'")
            .param(rooms.projectorId())
            .query(Long.class)
            .single()).as("the projector with it").isEqualTo(1);
        String mail = TestMailServer.awaitMail(ngo.repEmail(), "Potwierdzona rezerwacja");
        assertThat(mail).contains("Sala kameralna", "10:00", "Szkolenie wolontariuszy");
        assertThat(visitor().get(week).text()).contains("10:00–12:00").doesNotContain("oczekuje na potwierdzenie");
    }

    @Test
    void staffDeclineWithAReasonWhichFreesTheTime() {
        assertThat(request(ngo, "10:00", "12:00").status()).isEqualTo(302);
        long id = pendingId();
        WebClient staff = loggedIn(staffEmail);
        String csrf = staff.get(pendingPage()).csrf();
        Map<String, String> noReason = Map.of("centreId", String.valueOf(rooms.centreId()), "reason", " ");
        Page refused = staff.post("/centre/bookings/" + id + "/decline", noReason, csrf);
        assertThat(refused.status()).as("the list again with the error at the request's reason").isEqualTo(422);
        assertThat(refused.text()).contains("Podaj powód odrzucenia");
        assertThat(refused.body()).contains("id=\"error-summary\"", "href=\"#decline-" + id + "\"",
                "aria-invalid=\"true\"");
        String tooLong = "Remont " + "sali ".repeat(120);
        Page longReason = staff.post("/centre/bookings/" + id + "/decline",
                Map.of("centreId", String.valueOf(rooms.centreId()), "reason", tooLong), csrf);
        assertThat(longReason.status()).isEqualTo(422);
        assertThat(longReason.text()).contains("Powód jest za długi");
        assertThat(longReason.body()).contains("value=\"" + tooLong + "\"");
        assertThat(status(id)).isEqualTo("PENDING");

        Page declined = staff.post("/centre/bookings/" + id + "/decline",
                Map.of("centreId", String.valueOf(rooms.centreId()), "reason", "Remont sali w tym dniu"), csrf);
        assertThat(declined.status()).isEqualTo(302);
        assertThat(status(id)).isEqualTo("DECLINED");
        String mail = TestMailServer.awaitMail(ngo.repEmail(), "Odrzucona prośba");
        assertThat(mail).contains("Remont sali w tym dniu", "Sala kameralna");
        assertThat(loggedIn(ngo.repEmail()).get("/centre/bookings").text()).contains("odrzucona",
                "Remont sali w tym dniu");

        assertThat(request(other, "11:00", "13:00").status()).as("the declined request freed the time").isEqualTo(302);
    }

    @Test
    void theRequesterCancellingAPendingRequestFreesTheTime() {
        assertThat(request(ngo, "10:00", "12:00").status()).isEqualTo(302);
        long id = pendingId();
        WebClient rep = loggedIn(ngo.repEmail());
        // the room row comes first: cancelling it cancels the projector too (its own
        // button then only warns)
        List<Long> rows = jdbc
            .sql("select id from centre_booking where request_group = "
                    + "(select request_group from centre_booking where id = ?)")
            .param(id)
            .query(Long.class)
            .list();
        assertThat(rows).hasSize(2);
        for (long row : rows) {
            Page cancelled = rep.post("/centre/bookings/" + row + "/cancel", Map.of("reason", "Zmiana planów"),
                    rep.get("/centre/bookings").csrf());
            assertThat(cancelled.status()).isEqualTo(302);
            assertThat(status(row)).isEqualTo("CANCELLED");
        }
        assertThat(request(other, "10:00", "12:00").status()).isEqualTo(302);
    }

    @Test
    void onlyStaffOfThatCentreConfirmOrDecline() {
        assertThat(request(ngo, "10:00", "12:00").status()).isEqualTo(302);
        long id = pendingId();
        Map<String, String> fields = Map.of("centreId", String.valueOf(rooms.centreId()), "reason", "x");
        WebClient rep = loggedIn(ngo.repEmail());
        String csrf = rep.get("/centre/bookings").csrf();
        assertThat(rep.get(pendingPage()).status()).isEqualTo(403);
        assertThat(rep.post("/centre/bookings/" + id + "/confirm", fields, csrf).status()).isEqualTo(403);
        assertThat(rep.post("/centre/bookings/" + id + "/decline", fields, csrf).status()).isEqualTo(403);
        WebClient gminaStaff = loggedIn(userWithRole(Role.CENTRE_STAFF, SECEMIN));
        String csrf2 = gminaStaff.get("/centre").csrf();
        assertThat(gminaStaff.post("/centre/bookings/" + id + "/confirm", fields, csrf2).status())
            .as("staff of a JST the centre does not serve")
            .isEqualTo(403);
        assertThat(gminaStaff.get(pendingPage()).status()).isEqualTo(403);
        assertThat(status(id)).isEqualTo("PENDING");
    }

    @Test
    void aRequestNotDecidedBeforeItsStartExpiresAndFreesTheTime() {
        assertThat(request(ngo, "10:00", "12:00").status()).isEqualTo(302);
        long id = pendingId();
        // a resident sees the pending request, then (nothing changed in the database,
        // only the time) that it expired
        WebClient resident = loggedIn(plainUser());
        String week = "/centre/resources/" + room + "?week=" + BookingControllerWeek.of(day);
        assertThat(resident.get(week).text()).contains("10:00–12:00", "oczekuje na potwierdzenie")
            .doesNotContain("wygasła");
        assertThat(resident.get(week).text()).contains("oczekuje na potwierdzenie");
        clock.advance(Duration.ofDays(14));
        assertThat(resident.get(week).text()).contains("10:00–12:00", "prośba wygasła");
        WebClient staff = loggedIn(staffEmail);
        Page list = staff.get(pendingPage());
        assertThat(list.text()).contains("wygasła");
        Page late = staff.post("/centre/bookings/" + id + "/confirm",
                Map.of("centreId", String.valueOf(rooms.centreId())), list.csrf());
        assertThat(staff.get(late.location()).text()).contains("prośba wygasła i nie można jej potwierdzić");
        assertThat(status(id)).isEqualTo("EXPIRED");

        clock.reset();
        assertThat(request(other, "10:00", "11:00").status()).isEqualTo(302);
        long second = pendingId();
        clock.advance(Duration.ofDays(14));
        assertThat(resourceBookings.expirePending()).isGreaterThanOrEqualTo(1);
        assertThat(status(second)).isEqualTo("EXPIRED");
    }

}
