package pl.wspolnie.centre;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pl.wspolnie.centre.domain.CentreCatalogue;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import java.time.LocalTime;
import pl.wspolnie.centre.domain.ResourceKind;

class RoomBookingTest extends CentreIntegrationTest {

    CentreFixtures.Rooms rooms;

    CentreFixtures.Ngo ngo;

    LocalDate day;

    @BeforeEach
    void setUp() {
        rooms = CentreFixtures.centreWithRoom(catalogue, jstId(POWIAT));
        ngo = CentreFixtures.ngo(provisioning, seeding, uniqueEmail("ngo"), jstId(KLUCZEWSKO));
        day = LocalDate.now(clock).plusDays(7).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
    }

    private Map<String, String> booking(long organizationId, String from, String to, Long equipmentId) {
        return CentreFixtures.booking(organizationId, day, from, to, equipmentId, "Walne zebranie członków");
    }

    private String roomPage() {
        return "/centre/resources/" + rooms.roomId();
    }

    private long confirmed(long resourceId) {
        return jdbc.sql("select count(*) from centre_booking where resource_id = ? and status = 'CONFIRMED'")
            .param(resourceId)
            .query(Long.class)
            .single();
    }

    @Test
    void representativeBooksARoomWithAProjectorAndAnOverlappingRequestIsRefused() {
        WebClient rep = loggedIn(ngo.repEmail());
        Page page = rep.get(roomPage());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<th scope=\"row\">", "<label for=\"purpose\">");
        assertThat(page.text()).contains(rooms.roomName(), "rzutnik, flipchart", ngo.name());

        Page booked = rep.post(roomPage() + "/book", booking(ngo.id(), "10:00", "12:00", rooms.projectorId()),
                page.csrf());
        assertThat(booked.status()).isEqualTo(302);
        assertThat(booked.location()).contains("week=" + BookingControllerWeek.of(day));
        Page week = rep.get(booked.location());
        assertThat(week.text()).contains("Rezerwacja została potwierdzona.", "10:00–12:00",
                "zarezerwowane: " + ngo.name(), "Walne zebranie członków");
        assertThat(confirmed(rooms.roomId())).isEqualTo(1);
        assertThat(confirmed(rooms.projectorId())).as("the projector is booked with the room").isEqualTo(1);
        assertThat(visitor().get("/centre/resources/" + rooms.projectorId() + "?week=" + BookingControllerWeek.of(day))
            .text()).contains("10:00–12:00");

        CentreFixtures.Ngo other = CentreFixtures.ngo(provisioning, seeding, uniqueEmail("ngo2"), jstId(SECEMIN));
        WebClient second = loggedIn(other.repEmail());
        Page refused = second.post(roomPage() + "/book", booking(other.id(), "11:00", "13:00", null),
                second.get(roomPage()).csrf());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text()).contains("Popraw błędy w formularzu", "Ten termin jest już zajęty");
        assertThat(refused.inputValue("purpose")).startsWith("Walne zebranie cz");

        // another room is free at 11:00 but the projector is not: neither row is written
        long otherRoom = CentreFixtures.centreWithRoom(catalogue, jstId(POWIAT)).roomId();
        Page projectorTaken = second.post("/centre/resources/" + otherRoom + "/book",
                booking(other.id(), "11:00", "13:00", rooms.projectorId()), second.get(roomPage()).csrf());
        assertThat(projectorTaken.text()).contains("Wybierz sprzęt tego samego centrum");
        assertThat(confirmed(otherRoom)).isZero();

        Page adjacent = second.post(roomPage() + "/book", booking(other.id(), "12:00", "13:00", rooms.projectorId()),
                second.get(roomPage()).csrf());
        assertThat(adjacent.status()).as("a booking right after another one is fine").isEqualTo(302);
        assertThat(confirmed(rooms.roomId())).isEqualTo(2);
    }

    @Test
    void roomFreeButEquipmentTakenWritesNothing() {
        WebClient rep = loggedIn(ngo.repEmail());
        String csrf = rep.get(roomPage()).csrf();
        assertThat(rep
            .post("/centre/resources/" + rooms.projectorId() + "/book", booking(ngo.id(), "09:00", "11:00", null), csrf)
            .status()).isEqualTo(302);
        Page refused = rep.post(roomPage() + "/book", booking(ngo.id(), "10:00", "12:00", rooms.projectorId()), csrf);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text()).contains("Ten termin jest już zajęty");
        assertThat(confirmed(rooms.roomId())).as("the room row is rolled back with the equipment row").isZero();
    }

    @Test
    void badTimesAreRefusedWithAClearMessageAndNothingIsBooked() {
        WebClient rep = loggedIn(ngo.repEmail());
        String csrf = rep.get(roomPage()).csrf();
        Map<String, String> past = booking(ngo.id(), "10:00", "11:00", null);
        past.put("date", LocalDate.now(clock).minusDays(1).toString());
        assertThat(rep.post(roomPage() + "/book", past, csrf).text())
            .contains("Nie można rezerwować terminu, który już minął.");
        assertThat(rep.post(roomPage() + "/book", booking(ngo.id(), "06:00", "09:00", null), csrf).text())
            .contains("można zarezerwować tylko w dni dostępności, od 08:00 do 20:00");
        Page tooLong = rep.post(roomPage() + "/book", booking(ngo.id(), "08:00", "13:00", null), csrf);
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.text()).contains("rezerwacja może trwać najwyżej 240 minut");
        Map<String, String> far = booking(ngo.id(), "10:00", "11:00", null);
        far.put("date", LocalDate.now(clock).plusDays(90).toString());
        assertThat(rep.post(roomPage() + "/book", far, csrf).text())
            .contains("można rezerwować najwyżej 60 dni naprzód");
        assertThat(rep.post(roomPage() + "/book", booking(ngo.id(), "12:00", "11:00", null), csrf).text())
            .contains("Godzina końca musi być późniejsza niż godzina początku.");
        Page garbage = rep.post(roomPage() + "/book", booking(ngo.id(), "jutro", "11:00", null), csrf);
        assertThat(garbage.status()).isEqualTo(422);
        assertThat(garbage.text()).contains("Nieprawidłowa wartość.");
        assertThat(confirmed(rooms.roomId())).isZero();
    }

    @Test
    void onlyRepresentativesBookAndOnlyStaffOrTheOrganisationCancel() {
        String stranger = plainUser();
        WebClient strangerClient = loggedIn(stranger);
        Page forbidden = strangerClient.post(roomPage() + "/book", booking(ngo.id(), "10:00", "11:00", null),
                strangerClient.get(roomPage()).csrf());
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(visitor().post(roomPage() + "/book", booking(ngo.id(), "10:00", "11:00", null), null).status())
            .isIn(302, 403);

        WebClient rep = loggedIn(ngo.repEmail());
        assertThat(rep.post(roomPage() + "/book", booking(ngo.id(), "10:00", "11:00", null), rep.get(roomPage()).csrf())
            .status()).isEqualTo(302);
        long bookingId = jdbc.sql("select id from centre_booking where resource_id = ?")
            .param(rooms.roomId())
            .query(Long.class)
            .single();
        assertThat(strangerClient
            .post("/centre/bookings/" + bookingId + "/cancel", Map.of("reason", "x"),
                    strangerClient.get(roomPage()).csrf())
            .status()).isEqualTo(403);
        assertThat(confirmed(rooms.roomId())).isEqualTo(1);

        // staff of another JST's centre are strangers here too; the centre's own staff
        // cancel with a reason
        WebClient otherStaff = loggedIn(userWithRole(Role.CENTRE_STAFF, SECEMIN));
        assertThat(otherStaff
            .post("/centre/bookings/" + bookingId + "/cancel", Map.of("reason", "x"), otherStaff.get(roomPage()).csrf())
            .status()).isEqualTo(403);
        WebClient staff = loggedIn(userWithRole(Role.CENTRE_STAFF, POWIAT));
        Page week = staff.get(roomPage() + "?week=" + BookingControllerWeek.of(day));
        assertThat(week.text()).contains("Walne zebranie członków");
        Page cancelled = staff.post("/centre/bookings/" + bookingId + "/cancel",
                Map.of("reason", "Awaria ogrzewania", "back", roomPage()), week.csrf());
        assertThat(cancelled.status()).isEqualTo(302);
        assertThat(confirmed(rooms.roomId())).isZero();
        Page mine = rep.get("/centre/bookings");
        assertThat(mine.text()).contains(rooms.roomName(), "odwołana", "Awaria ogrzewania");
    }

    @Test
    void twentySimultaneousRequestsForTheSameSlotConfirmExactlyOne() throws Exception {
        // a room whose requests wait for staff: a pending request already holds the time
        long room = catalogue.seedResource(rooms.centreId(),
                new CentreCatalogue.ResourceDetails(ResourceKind.ROOM, "Sala na potwierdzenie", "", 20, "", "1111111",
                        LocalTime.of(8, 0), LocalTime.of(20, 0), 240, 60, true));
        String roomPage = "/centre/resources/" + room;
        WebClient rep = loggedIn(ngo.repEmail());
        String csrf = rep.get(roomPage).csrf();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<Page>> calls = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                int minute = i % 3 * 15;
                calls.add(() -> rep.post(roomPage + "/book",
                        booking(ngo.id(), String.format("14:%02d", minute), "16:00", null), csrf));
            }
            List<Integer> statuses = new ArrayList<>();
            List<String> bodies = new ArrayList<>();
            for (Future<Page> f : pool.invokeAll(calls)) {
                statuses.add(f.get().status());
                bodies.add(f.get().text());
            }
            assertThat(statuses.stream().filter(s -> s == 302).count()).isEqualTo(1);
            assertThat(statuses.stream().filter(s -> s == 409).count()).isEqualTo(19);
            assertThat(bodies.stream().filter(b -> b.contains("Ten termin jest już zajęty")).count()).isEqualTo(19);
        }
        finally {
            pool.shutdownNow();
        }
        assertThat(jdbc
            .sql("select count(*) from centre_booking where resource_id = ? and status in ('PENDING', 'CONFIRMED')")
            .param(room)
            .query(Long.class)
            .single()).as("exactly one request holds the time").isEqualTo(1);
        assertThat(confirmed(room)).isZero();
        long winner = jdbc.sql("select id from centre_booking where resource_id = ? and status = 'PENDING'")
            .param(room)
            .query(Long.class)
            .single();

        WebClient staff = loggedIn(userWithRole(Role.CENTRE_STAFF, POWIAT));
        String pending = "/centre/" + rooms.centreId() + "/bookings/pending";
        assertThat(staff
            .post("/centre/bookings/" + winner + "/confirm", Map.of("centreId", String.valueOf(rooms.centreId())),
                    staff.get(pending).csrf())
            .status()).isEqualTo(302);
        assertThat(confirmed(room)).isEqualTo(1);
        assertThat(
                jdbc.sql("select status from centre_booking where id = ?").param(winner).query(String.class).single())
            .isEqualTo("CONFIRMED");
    }

}
