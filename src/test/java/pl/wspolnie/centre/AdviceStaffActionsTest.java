package pl.wspolnie.centre;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.centre.domain.Advice;
import pl.wspolnie.centre.domain.Specialty;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.shared.time.ClockConfig;
import pl.wspolnie.support.TestMailServer;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Centre staff cancel an advice appointment in the UI (the reason is required, the
 * organisation gets it with an .ics cancellation: METHOD:CANCEL, the same UID, a higher
 * SEQUENCE) and withdraw free slots; both audited.
 */
class AdviceStaffActionsTest extends CentreIntegrationTest {

    @Autowired
    Advice advice;

    private long slot(long centreId, long adviserId, LocalDate day, int hour) {
        ZonedDateTime start = day.atTime(hour, 0).atZone(ClockConfig.WARSAW);
        return advice.seedSlot(centreId, adviserId, Specialty.LEGAL, start, start.plusHours(1), "Pokój 3");
    }

    private long userId(String email) {
        return jdbc.sql("select id from user_account where email = ?").param(email).query(Long.class).single();
    }

    @Test
    void staffCancelAnAppointmentWithAReasonAndTheOrganisationGetsAnIcsCancellation() throws Exception {
        long centreId = CentreFixtures.centreWithRoom(catalogue, jstId(POWIAT)).centreId();
        String adviserEmail = userWithRole(Role.CENTRE_STAFF, POWIAT);
        LocalDate day = LocalDate.now(clock).plusDays(4);
        long slotId = slot(centreId, userId(adviserEmail), day, 12);
        CentreFixtures.Ngo ngo = CentreFixtures.ngo(provisioning, seeding, uniqueEmail("adv-cancel"),
                jstId(KLUCZEWSKO));
        WebClient rep = loggedIn(ngo.repEmail());
        assertThat(rep
            .post("/centre/advice/slots/" + slotId + "/book",
                    Map.of("organizationId", String.valueOf(ngo.id()), "topic", "Statut fundacji"),
                    rep.get("/centre/" + centreId + "/advice").csrf())
            .status()).isEqualTo(302);
        TestMailServer.awaitMail(ngo.repEmail(), "Potwierdzenie wizyty doradczej");
        VEvent confirmed = AdviceAppointmentTest.icsOf(ngo.repEmail(), "Potwierdzenie wizyty doradczej");
        long bookingId = jdbc.sql("select id from centre_advice_booking where slot_id = ?")
            .param(slotId)
            .query(Long.class)
            .single();

        WebClient staff = loggedIn(adviserEmail);
        Page agenda = staff.get("/centre/agenda?date=" + day);
        assertThat(agenda.body()).contains("href=\"/centre/advice/bookings/" + bookingId + "\"");
        String bookingPage = "/centre/advice/bookings/" + bookingId;
        Page page = staff.get(bookingPage);
        assertThat(page.body()).contains("action=\"" + bookingPage + "/cancel\"", "data-confirm=");
        Page noReason = staff.post(bookingPage + "/cancel", Map.of("from", "staff", "reason", " "), page.csrf());
        assertThat(noReason.status()).as("the page again with the error at the reason").isEqualTo(422);
        assertThat(noReason.text()).contains("Podaj powód odwołania");
        String tooLong = "Nieobecność " + "doradczyni ".repeat(50);
        Page longReason = staff.post(bookingPage + "/cancel", Map.of("from", "staff", "reason", tooLong), page.csrf());
        assertThat(longReason.status()).isEqualTo(422);
        assertThat(longReason.text()).contains("Powód jest za długi");
        assertThat(longReason.body()).contains("href=\"#cancel-reason\"", "aria-invalid=\"true\"", tooLong.strip());
        assertThat(status(bookingId)).isEqualTo("BOOKED");

        Page cancelled = staff.post(bookingPage + "/cancel",
                Map.of("from", "staff", "reason", "Doradczyni na zwolnieniu lekarskim"), page.csrf());
        assertThat(staff.get(cancelled.location()).text()).contains("Wizyta została odwołana");
        assertThat(status(bookingId)).isEqualTo("CANCELLED");
        String mail = TestMailServer.awaitMail(ngo.repEmail(), "Odwołana wizyta doradcza");
        assertThat(mail).contains("Statut fundacji", "Doradczyni na zwolnieniu lekarskim");
        Calendar cancel = AdviceAppointmentTest.icsFileOf(ngo.repEmail(), "Odwołana wizyta doradcza", "wizyta.ics");
        assertThat(cancel.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
        VEvent event = cancel.<VEvent>getComponents("VEVENT").get(0);
        assertThat(event.getUid().orElseThrow().getValue()).isEqualTo(confirmed.getUid().orElseThrow().getValue());
        int sentSequence = confirmed.getProperty("SEQUENCE").map(p -> Integer.parseInt(p.getValue())).orElse(0);
        assertThat(Integer.parseInt(event.getProperty("SEQUENCE").orElseThrow().getValue()))
            .isGreaterThan(sentSequence);
        assertThat(event.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CANCELLED");
        assertThat(jdbc
            .sql("select count(*) from audit_log where entity_type = 'AdviceBooking' and entity_id = ? "
                    + "and action = 'UPDATE' and after_state::text like '%CANCELLED%'")
            .param(String.valueOf(bookingId))
            .query(Long.class)
            .single()).as("audited").isPositive();
    }

    @Test
    void staffWithdrawAFreeSlotButNotABookedOne() {
        long centreId = CentreFixtures.centreWithRoom(catalogue, jstId(POWIAT)).centreId();
        String adviserEmail = userWithRole(Role.CENTRE_STAFF, POWIAT);
        LocalDate day = LocalDate.now(clock).plusDays(3);
        long free = slot(centreId, userId(adviserEmail), day, 9);
        long booked = slot(centreId, userId(adviserEmail), day, 11);
        CentreFixtures.Ngo ngo = CentreFixtures.ngo(provisioning, seeding, uniqueEmail("adv-slot"), jstId(KLUCZEWSKO));
        WebClient rep = loggedIn(ngo.repEmail());
        String advicePage = "/centre/" + centreId + "/advice";
        rep.post("/centre/advice/slots/" + booked + "/book",
                Map.of("organizationId", String.valueOf(ngo.id()), "topic", "Księgowość"), rep.get(advicePage).csrf());
        assertThat(
                rep.post("/centre/advice/slots/" + free + "/withdraw", Map.of(), rep.get(advicePage).csrf()).status())
            .as("an NGO cannot withdraw slots")
            .isEqualTo(403);

        WebClient staff = loggedIn(adviserEmail);
        Page agenda = staff.get("/centre/agenda?date=" + day);
        assertThat(agenda.body()).contains("action=\"/centre/advice/slots/" + free + "/withdraw\"")
            .doesNotContain("action=\"/centre/advice/slots/" + booked + "/withdraw\"");
        Page refused = staff.post("/centre/advice/slots/" + booked + "/withdraw", Map.of(), agenda.csrf());
        assertThat(staff.get(refused.location()).text()).contains("Ten termin jest zarezerwowany");
        Page withdrawn = staff.post("/centre/advice/slots/" + free + "/withdraw", Map.of(), agenda.csrf());
        assertThat(withdrawn.location()).contains("/centre/agenda?date=" + day);
        assertThat(staff.get(withdrawn.location()).text()).contains("Termin został wycofany");
        assertThat(rep.get(advicePage).body()).doesNotContain("/centre/advice/slots/" + free + "/book");
        assertThat(jdbc.sql("select cancelled from centre_advice_slot where id = ?")
            .param(free)
            .query(Boolean.class)
            .single()).isTrue();
        assertThat(jdbc
            .sql("select count(*) from audit_log where entity_type = 'AdviceSlot' and entity_id = ? "
                    + "and action = 'UPDATE'")
            .param(String.valueOf(free))
            .query(Long.class)
            .single()).as("audited").isPositive();
    }

    private String status(long bookingId) {
        return jdbc.sql("select status from centre_advice_booking where id = ?")
            .param(bookingId)
            .query(String.class)
            .single();
    }

}
