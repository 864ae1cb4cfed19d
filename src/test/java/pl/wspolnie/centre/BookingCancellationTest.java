package pl.wspolnie.centre;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pl.wspolnie.centre.domain.CentreCatalogue.ResourceDetails;
import pl.wspolnie.centre.domain.ResourceKind;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.TestMailServer;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cancelling a room booked together with an equipment item cancels both; cancelling only
 * the equipment keeps the room. Staff cancelling somebody else's booking or pending
 * request send the requester an e-mail.
 */
class BookingCancellationTest extends CentreIntegrationTest {

    CentreFixtures.Rooms rooms;

    CentreFixtures.Ngo ngo;

    LocalDate day;

    @BeforeEach
    void setUp() {
        rooms = CentreFixtures.centreWithRoom(catalogue, jstId(POWIAT));
        ngo = CentreFixtures.ngo(provisioning, seeding, uniqueEmail("cancel"), jstId(KLUCZEWSKO));
        day = LocalDate.now(clock).plusDays(7).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
    }

    private Page book(WebClient rep, long resourceId, String from, String to, Long equipmentId) {
        String page = "/centre/resources/" + resourceId;
        Map<String, String> f = CentreFixtures.booking(ngo.id(), day, from, to, equipmentId, "Spotkanie zarządu");
        Page booked = rep.post(page + "/book", f, rep.get(page).csrf());
        assertThat(booked.status()).isEqualTo(302);
        return booked;
    }

    private long row(long resourceId) {
        return jdbc.sql("select id from centre_booking where resource_id = ? order by id desc limit 1")
            .param(resourceId)
            .query(Long.class)
            .single();
    }

    private String status(long id) {
        return jdbc.sql("select status from centre_booking where id = ?").param(id).query(String.class).single();
    }

    private String reason(long id) {
        return jdbc.sql("select cancel_reason from centre_booking where id = ?").param(id).query(String.class).single();
    }

    private String week(long resourceId) {
        return "/centre/resources/" + resourceId + "?week=" + BookingControllerWeek.of(day);
    }

    private static List<String> subjects(String to) {
        return TestMailServer.mailsTo(to).stream().map(m -> {
            try {
                return ((MimeMessage) m).getSubject();
            }
            catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void cancellingTheRoomInMyBookingsCancelsTheEquipmentBookedWithIt() {
        WebClient rep = loggedIn(ngo.repEmail());
        book(rep, rooms.roomId(), "10:00", "12:00", rooms.projectorId());
        long room = row(rooms.roomId());
        long projector = row(rooms.projectorId());
        Page mine = rep.get("/centre/bookings");
        assertThat(mine.text()).contains("Odwołanie sali odwoła też sprzęt: Rzutnik");
        assertThat(visitor().get(week(rooms.projectorId())).text()).contains("10:00–12:00");

        Page cancelled = rep.post("/centre/bookings/" + room + "/cancel", Map.of("reason", "Choroba prelegenta"),
                mine.csrf());
        assertThat(cancelled.status()).isEqualTo(302);
        assertThat(rep.get(cancelled.location()).text())
            .contains("Rezerwacja sali została odwołana razem ze sprzętem zarezerwowanym w tej samej prośbie.");
        assertThat(status(room)).isEqualTo("CANCELLED");
        assertThat(status(projector)).as("the projector booked with the room").isEqualTo("CANCELLED");
        assertThat(reason(projector)).isEqualTo("Choroba prelegenta");
        for (long resource : List.of(rooms.roomId(), rooms.projectorId())) {
            assertThat(visitor().get(week(resource)).text()).as("the week view of " + resource)
                .doesNotContain("10:00–12:00")
                .contains("wolne przez cały dzień");
        }
        // both free: somebody else books the room and the projector at the same time
        book(rep, rooms.roomId(), "10:00", "12:00", rooms.projectorId());
    }

    @Test
    void cancellingOnlyTheEquipmentKeepsTheRoom() {
        WebClient rep = loggedIn(ngo.repEmail());
        book(rep, rooms.roomId(), "10:00", "12:00", rooms.projectorId());
        long room = row(rooms.roomId());
        long projector = row(rooms.projectorId());
        Page week = rep.get(week(rooms.projectorId()));
        Page cancelled = rep.post("/centre/bookings/" + projector + "/cancel",
                Map.of("reason", "Mamy własny rzutnik", "back", week(rooms.projectorId())), week.csrf());
        assertThat(cancelled.status()).isEqualTo(302);
        assertThat(rep.get(cancelled.location()).text()).contains("Rezerwacja została odwołana.")
            .doesNotContain("razem ze sprzętem");
        assertThat(status(projector)).isEqualTo("CANCELLED");
        assertThat(status(room)).isEqualTo("CONFIRMED");
        assertThat(visitor().get(week(rooms.roomId())).text()).contains("10:00–12:00");
        assertThat(visitor().get(week(rooms.projectorId())).text()).doesNotContain("10:00–12:00");
        assertThat(rep.get("/centre/bookings").text()).doesNotContain("Odwołanie sali odwoła też sprzęt");
    }

    @Test
    void staffCancellingARoomFromTheWeekViewCancelsBothAndTheRequesterGetsAnEmail() {
        WebClient rep = loggedIn(ngo.repEmail());
        book(rep, rooms.roomId(), "10:00", "12:00", rooms.projectorId());
        long room = row(rooms.roomId());
        long projector = row(rooms.projectorId());
        WebClient staff = loggedIn(userWithRole(Role.CENTRE_STAFF, POWIAT));
        Page week = staff.get(week(rooms.roomId()));

        Page noReason = staff.post("/centre/bookings/" + room + "/cancel",
                Map.of("reason", " ", "back", week(rooms.roomId())), week.csrf());
        assertThat(noReason.status()).as("the week again with the error at the row's reason").isEqualTo(422);
        assertThat(noReason.text()).contains("Podaj powód odwołania");
        assertThat(noReason.body()).contains("href=\"#reason-" + room + "\"", "aria-invalid=\"true\"");
        String tooLong = "Awaria " + "ogrzewania ".repeat(50);
        Page longReason = staff.post("/centre/bookings/" + room + "/cancel",
                Map.of("reason", tooLong, "back", week(rooms.roomId())), week.csrf());
        assertThat(longReason.status()).isEqualTo(422);
        assertThat(longReason.text()).contains("Powód jest za długi");
        assertThat(longReason.body()).contains("value=\"" + tooLong + "\"");
        assertThat(status(room)).isEqualTo("CONFIRMED");

        Page cancelled = staff.post("/centre/bookings/" + room + "/cancel",
                Map.of("reason", "Awaria ogrzewania", "back", week(rooms.roomId())), week.csrf());
        assertThat(cancelled.status()).isEqualTo(302);
        assertThat(cancelled.location()).endsWith(week(rooms.roomId()));
        assertThat(staff.get(cancelled.location()).text())
            .contains("Rezerwacja sali została odwołana razem ze sprzętem "
                    + "zarezerwowanym w tej samej prośbie. Osoba, która ją złożyła, dostanie wiadomość e-mail z powodem.");
        assertThat(status(room)).isEqualTo("CANCELLED");
        assertThat(status(projector)).isEqualTo("CANCELLED");
        String mail = TestMailServer.awaitMail(ngo.repEmail(), "Odwołana rezerwacja");
        assertThat(mail).contains(rooms.roomName(), "Rzutnik",
                day.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")) + ", 10:00–12:00", "Powód: Awaria ogrzewania",
                "Spotkanie zarządu");
        assertThat(subjects(ngo.repEmail()).stream().filter(s -> s.startsWith("Odwołana rezerwacja")).count())
            .as("one e-mail for the room and the projector")
            .isEqualTo(1);
        for (long resource : List.of(rooms.roomId(), rooms.projectorId())) {
            assertThat(visitor().get(week(resource)).text()).doesNotContain("10:00–12:00");
        }
    }

    @Test
    void staffCancellingAPendingRequestSendsAnEmailButTheRequesterCancellingTheirOwnDoesNot() {
        long confirmRoom = catalogue.seedResource(rooms.centreId(), new ResourceDetails(ResourceKind.ROOM,
                "Salka na zgodę", "", 10, "", "1111111", LocalTime.of(8, 0), LocalTime.of(20, 0), 240, 60, true));
        WebClient rep = loggedIn(ngo.repEmail());

        // the requester cancels their own booking: no e-mail
        book(rep, rooms.roomId(), "08:00", "09:00", null);
        long own = row(rooms.roomId());
        assertThat(rep
            .post("/centre/bookings/" + own + "/cancel", Map.of("reason", "Zmiana planów"),
                    rep.get("/centre/bookings").csrf())
            .status()).isEqualTo(302);
        assertThat(status(own)).isEqualTo("CANCELLED");

        book(rep, confirmRoom, "14:00", "15:30", null);
        long pending = row(confirmRoom);
        assertThat(status(pending)).isEqualTo("PENDING");
        WebClient staff = loggedIn(userWithRole(Role.CENTRE_STAFF, POWIAT));
        Page cancelled = staff.post("/centre/bookings/" + pending + "/cancel",
                Map.of("reason", "Sala zajęta przez sesję rady", "back", week(confirmRoom)),
                staff.get(week(confirmRoom)).csrf());
        assertThat(cancelled.status()).isEqualTo(302);
        assertThat(status(pending)).isEqualTo("CANCELLED");
        String mail = TestMailServer.awaitMail(ngo.repEmail(), "Odwołana prośba o rezerwację");
        assertThat(mail).contains("Salka na zgodę",
                day.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")) + ", 14:00–15:30",
                "Powód: Sala zajęta przez sesję rady");
        assertThat(subjects(ngo.repEmail())).as("nothing about the booking the requester cancelled")
            .noneMatch(s -> s.startsWith("Odwołana rezerwacja"));
    }

    @Test
    void aPendingRequestWhoseEquipmentWasCancelledCanStillBeConfirmed() {
        long confirmRoom = catalogue.seedResource(rooms.centreId(),
                new ResourceDetails(ResourceKind.ROOM, "Salka do potwierdzenia", "", 10, "", "1111111",
                        LocalTime.of(8, 0), LocalTime.of(20, 0), 240, 60, true));
        WebClient rep = loggedIn(ngo.repEmail());
        book(rep, confirmRoom, "10:00", "12:00", rooms.projectorId());
        long room = row(confirmRoom);
        long projector = row(rooms.projectorId());
        assertThat(List.of(status(room), status(projector))).containsExactly("PENDING", "PENDING");
        assertThat(rep
            .post("/centre/bookings/" + projector + "/cancel", Map.of("reason", ""), rep.get("/centre/bookings").csrf())
            .status()).isEqualTo(302);
        assertThat(List.of(status(room), status(projector))).containsExactly("PENDING", "CANCELLED");

        WebClient staff = loggedIn(userWithRole(Role.CENTRE_STAFF, POWIAT));
        String pendingPage = "/centre/" + rooms.centreId() + "/bookings/pending";
        Page list = staff.get(pendingPage);
        assertThat(list.text()).contains("Salka do potwierdzenia").doesNotContain("ze sprzętem");
        Page confirmed = staff.post("/centre/bookings/" + room + "/confirm",
                Map.of("centreId", String.valueOf(rooms.centreId())), list.csrf());
        assertThat(staff.get(confirmed.location()).text()).contains("Rezerwacja została potwierdzona");
        assertThat(List.of(status(room), status(projector))).containsExactly("CONFIRMED", "CANCELLED");
    }

}
