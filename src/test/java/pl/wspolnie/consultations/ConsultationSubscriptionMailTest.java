package pl.wspolnie.consultations;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.organizations.OrganizationSeeding;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.programme.ProgrammeForms;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.TestMailServer;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4, item 8, end to end: an NGO representative subscribed (in
 * /account/subscriptions) to consultations in a sphere gets an e-mail at once when a
 * consultation of a draft in that sphere is published — typed by an official or sent from
 * a draft programme whose tasks are in that sphere — with a link back to it; a subscriber
 * of another sphere gets nothing.
 */
class ConsultationSubscriptionMailTest extends IntegrationTest {

    @Autowired
    OrganizationSeeding seeding;

    private String subscribedRepresentative(String sphere) {
        String email = uniqueEmail("ngo-sub");
        long user = provisioning.ensureConfirmedUser(email, "Helena Subskrybentka", DEMO_PASSWORD);
        seeding.ensure(TestOrganizations.details("Fundacja Seniorów " + TestOrganizations.word(), jstId(KLUCZEWSKO),
                List.of(sphere), null), user, true, true);
        WebClient client = loggedIn(email);
        Page saved = client.submit("/account/subscriptions", "/account/subscriptions",
                Map.of("freq-CONSULTATION", "IMMEDIATE", "sphere", sphere));
        assertThat(saved.status()).isEqualTo(302);
        return email;
    }

    private static String linkTo(String mail, String path) {
        Matcher m = Pattern.compile("https?://\\S+" + Pattern.quote(path) + "(?=\\s)").matcher(mail);
        assertThat(m.find()).as("link to %s in %s", path, mail).isTrue();
        return URI.create(m.group()).getRawPath();
    }

    @Test
    void subscribedRepresentativeIsMailedWhenAConsultationInTheirSphereIsPublished() throws Exception {
        String seniors = subscribedRepresentative("seniorzy");
        String ecology = subscribedRepresentative("ekologia");
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, KLUCZEWSKO));
        LocalDate today = LocalDate.now(clock);

        // a consultation typed by the official, in the sphere
        String subject = "Program opieki nad seniorami " + TestOrganizations.word();
        Map<String, String> form = new HashMap<>(ConsultationFixtures.form(jstId(KLUCZEWSKO), subject, today,
                today.plusDays(13), "NGOS", ConsultationFixtures.DRAFT));
        form.put("sphereCodes", "seniorzy");
        long id = ConsultationFixtures.publish(official, form);
        String mail = TestMailServer.awaitMail(seniors, subject);
        String path = linkTo(mail, "/consultations/" + id);
        assertThat(path).isEqualTo("/consultations/" + id);
        assertThat(visitor().get(path).text()).contains(subject);

        // a consultation sent from a draft programme whose task is in the sphere
        int year = today.getYear() + 1;
        String title = "Program współpracy z seniorami " + TestOrganizations.word();
        Map<String, String> programme = ProgrammeForms.programme(jstId(KLUCZEWSKO), title, year, year);
        Page created = official.submit("/programmes/new", "/programmes/new", programme);
        String programmePath = URI.create(created.location()).getRawPath();
        String token = official.get(programmePath).csrf();
        official.post(programmePath + "/tasks",
                Map.of("sphereCode", "seniorzy", "description", "Klub seniora", "plannedFunds", "4 000,00"), token);
        assertThat(official
            .post(programmePath + "/consultation", Map.of("startsOn", today.toString(), "endsOn",
                    today.plusDays(13).toString(), "responsible", "Jan Urzędnik"), token)
            .status()).isEqualTo(302);
        Matcher c = Pattern.compile("href=\"/consultations/(\\d+)\"").matcher(official.get(programmePath).body());
        assertThat(c.find()).isTrue();
        String programmeMail = TestMailServer.awaitMail(seniors, title);
        assertThat(linkTo(programmeMail, "/consultations/" + c.group(1))).isEqualTo("/consultations/" + c.group(1));

        Thread.sleep(500); // both items were handled (the mails above came); another
                           // sphere's subscriber heard nothing
        assertThat(TestMailServer.mailsTo(ecology)).isEmpty();
    }

}
