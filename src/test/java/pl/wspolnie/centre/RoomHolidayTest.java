package pl.wspolnie.centre;

import org.junit.jupiter.api.Test;
import pl.wspolnie.centre.domain.CentreCatalogue.ResourceDetails;
import pl.wspolnie.centre.domain.ResourceKind;
import pl.wspolnie.shared.calendar.PolishHolidays;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import pl.wspolnie.shared.security.Role;

/**
 * Rooms are not booked on Polish public holidays (the movable ones computed from Easter),
 * unless the room's settings allow it.
 */
class RoomHolidayTest extends CentreIntegrationTest {

    private static LocalDate nextEasterMonday(LocalDate today) {
        LocalDate monday = PolishHolidays.easterSunday(today.getYear()).plusDays(1);
        return monday.isAfter(today.plusDays(1)) ? monday
                : PolishHolidays.easterSunday(today.getYear() + 1).plusDays(1);
    }

    private static Map<String, String> booking(long organizationId, LocalDate date) {
        return CentreFixtures.booking(organizationId, date, "10:00", "12:00", null, "Zebranie zarządu");
    }

    private long room(long centreId, String name, boolean openOnHolidays) {
        return catalogue.seedResource(centreId, new ResourceDetails(ResourceKind.ROOM, name, "", 10, "", "1111111",
                LocalTime.of(8, 0), LocalTime.of(20, 0), 240, 400, false, openOnHolidays));
    }

    @Test
    void aRoomIsNotBookedOnEasterMondayUnlessItsSettingsAllowHolidays() {
        long centreId = CentreFixtures.centreWithRoom(catalogue, jstId(POWIAT)).centreId();
        CentreFixtures.Ngo ngo = CentreFixtures.ngo(provisioning, seeding, uniqueEmail("holiday"), jstId(KLUCZEWSKO));
        LocalDate easterMonday = nextEasterMonday(LocalDate.now(clock));
        long closed = room(centreId, "Sala zwykła", false);
        long open = room(centreId, "Sala świąteczna", true);
        WebClient rep = loggedIn(ngo.repEmail());

        Page week = rep.get("/centre/resources/" + closed);
        assertThat(week.text()).contains("W dni ustawowo wolne od pracy nieczynne.");
        Page refused = rep.post("/centre/resources/" + closed + "/book", booking(ngo.id(), easterMonday), week.csrf());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("Sala zwykła nie przyjmuje rezerwacji w dni ustawowo wolne od pracy",
                "to Poniedziałek Wielkanocny");
        assertThat(refused.inputValue("purpose")).isEqualTo("Zebranie zarządu");

        Page allowed = rep.post("/centre/resources/" + open + "/book", booking(ngo.id(), easterMonday),
                rep.get("/centre/resources/" + open).csrf());
        assertThat(allowed.status()).isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from centre_booking where resource_id = ?")
            .param(open)
            .query(Long.class)
            .single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from centre_booking where resource_id = ?")
            .param(closed)
            .query(Long.class)
            .single()).isZero();
    }

    @Test
    void staffChooseWhetherANewRoomOpensOnHolidays() {
        long centreId = CentreFixtures.centreWithRoom(catalogue, jstId(POWIAT)).centreId();
        WebClient staff = loggedIn(userWithRole(Role.CENTRE_STAFF, POWIAT));
        Page form = staff.get("/centre/" + centreId + "/resources/new");
        assertThat(form.body()).contains("name=\"openOnHolidays\"");
        Map<String, String> fields = CentreFixtures.roomForm("Sala na święta", "10", "16:00");
        fields.put("openOnHolidays", "true");
        Page saved = staff.post("/centre/" + centreId + "/resources/new", fields, form.csrf());
        assertThat(staff.get(saved.redirectPath()).text()).contains("Rezerwacje także w dni ustawowo wolne od pracy.");
    }

}
