package pl.wspolnie.centre;

import pl.wspolnie.accounts.AccountProvisioning;
import pl.wspolnie.centre.domain.CentreCatalogue;
import pl.wspolnie.centre.domain.CentreCatalogue.CentreDetails;
import pl.wspolnie.centre.domain.CentreCatalogue.ResourceDetails;
import pl.wspolnie.centre.domain.OpeningHours;
import pl.wspolnie.centre.domain.ResourceKind;
import pl.wspolnie.organizations.OrganizationSeeding;
import pl.wspolnie.organizations.TestOrganizations;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Test data of the centre module: a centre with a room and a projector, an NGO with its
 * representative.
 */
public final class CentreFixtures {

    public record Ngo(long id, String name, String repEmail, long repId) {
    }

    public record Rooms(long centreId, long roomId, long projectorId, String roomName) {
    }

    private CentreFixtures() {
    }

    public static Rooms centreWithRoom(CentreCatalogue catalogue, long jstId) {
        String word = TestOrganizations.word();
        long centre = catalogue.seed(new CentreDetails(jstId, "Centrum " + word, "ul. Wspólna 1, Włoszczowa",
                "centrum@test.wspolnie.pl", "41 000 00 00", Set.of(),
                IntStream.rangeClosed(1, 5)
                    .mapToObj(d -> new OpeningHours(d, LocalTime.of(8, 0), LocalTime.of(16, 0)))
                    .toList()));
        String roomName = "Sala " + word;
        // open every day, holidays included: tests book days counted from today
        long room = catalogue.seedResource(centre, new ResourceDetails(ResourceKind.ROOM, roomName, "Sala szkoleniowa",
                30, "rzutnik, flipchart", "1111111", LocalTime.of(8, 0), LocalTime.of(20, 0), 240, 60, false, true));
        long projector = catalogue.seedResource(centre, new ResourceDetails(ResourceKind.EQUIPMENT, "Rzutnik " + word,
                "", null, "", "1111111", LocalTime.of(8, 0), LocalTime.of(20, 0), 240, 60, false, true));
        return new Rooms(centre, room, projector, roomName);
    }

    /**
     * The booking form of a resource: the organisation books it on the day, from–to, with
     * an equipment item (or none) for the purpose.
     */
    public static Map<String, String> booking(long organizationId, LocalDate day, String from, String to,
            Long equipmentId, String purpose) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("organizationId", String.valueOf(organizationId));
        f.put("date", day.toString());
        f.put("from", from);
        f.put("to", to);
        f.put("equipmentId", equipmentId == null ? "" : String.valueOf(equipmentId));
        f.put("purpose", purpose);
        return f;
    }

    /**
     * The form adding a room open every day from 8:00, bookable for up to 4 hours and 60
     * days ahead.
     */
    public static Map<String, String> roomForm(String name, String capacity, String closes) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", "ROOM");
        fields.put("name", name);
        fields.put("description", "");
        fields.put("capacity", capacity);
        fields.put("equipment", "");
        fields.put("openDays", "1111111");
        fields.put("opens", "08:00");
        fields.put("closes", closes);
        fields.put("maxMinutes", "240");
        fields.put("maxDaysAhead", "60");
        return fields;
    }

    public static Ngo ngo(AccountProvisioning provisioning, OrganizationSeeding seeding, String email, long gminaId) {
        String name = "Stowarzyszenie " + TestOrganizations.word();
        long repId = provisioning.ensureConfirmedUser(email, "Łucja Żółkiewska", "Wspolnie2026!");
        long id = seeding.ensure(TestOrganizations.details(name, gminaId, List.of("kultura"), "Opis"), repId, true,
                true);
        return new Ngo(id, name, email, repId);
    }

}
