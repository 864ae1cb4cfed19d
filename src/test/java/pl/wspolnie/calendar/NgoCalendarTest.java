package pl.wspolnie.calendar;

import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.organizations.OrganizationSeeding;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.support.IntegrationTest;

import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Base of the tests of events proposed by organisations: a verified NGO, its proposal.
 */
abstract class NgoCalendarTest extends IntegrationTest {

    @Autowired
    OrganizationSeeding seeding;

    record Ngo(long id, String email, long representativeId) {
    }

    /** A verified foundation in Kluczewsko and its confirmed representative. */
    Ngo ngo() {
        String email = uniqueEmail("cal-ngo");
        long rep = provisioning.ensureConfirmedUser(email, "Halina Źdźbło", DEMO_PASSWORD);
        long id = seeding.ensure(TestOrganizations.details("Fundacja " + TestOrganizations.word(), jstId(KLUCZEWSKO),
                List.of("kultura"), "Opis"), rep, true, true);
        return new Ngo(id, email, rep);
    }

    /** The form proposing a three-hour event of the organisation. */
    static Map<String, String> proposal(long organizationId, String title, ZonedDateTime start) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("organizationId", String.valueOf(organizationId));
        form.put("type", "EVENT");
        form.put("title", title);
        form.put("start", start.toLocalDateTime().toString().substring(0, 16));
        form.put("end", start.plusHours(3).toLocalDateTime().toString().substring(0, 16));
        form.put("place", "Dom Kultury, Kluczewsko");
        form.put("description", "Piknik rodzinny z warsztatami.");
        form.put("link", "https://fundacja.example/piknik");
        form.put("spheres", "kultura");
        return form;
    }

}
