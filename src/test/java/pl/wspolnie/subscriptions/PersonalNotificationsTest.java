package pl.wspolnie.subscriptions;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.organizations.OrganizationSeeding;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.noticeboard.NoticeForms;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.TestMailServer;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The settings page lists every kind of personal notification with its label, all on by
 * default; a kind turned off there (audited, CSRF) is no longer mailed, while the others
 * still are.
 */
class PersonalNotificationsTest extends IntegrationTest {

    @Autowired
    OrganizationSeeding organizations;

    @Test
    void aKindTurnedOffOnTheSettingsPageIsNotMailed() {
        String word = TestOrganizations.word();
        String rep = plainUser();
        long repId = provisioning.ensureConfirmedUser(rep, "x", DEMO_PASSWORD);
        long org = organizations.ensure(
                TestOrganizations.details("Ochotnicy " + word, jstId(SECEMIN), List.of("kultura"), null), repId, true,
                true);
        WebClient ngo = loggedIn(rep);

        Page settings = ngo.get("/account/subscriptions");
        assertThat(settings.text()).contains("Powiadomienia osobiste",
                "Wolontariusz odpowiedział na ofertę mojej organizacji",
                "Moja aktualność została zatwierdzona lub odrzucona");
        assertThat(checked(settings, "noticeboard-volunteerResponded")).isTrue();

        assertThat(ngo.post("/account/notifications", Map.of("kind", "news.moderated"), null).status())
            .as("no CSRF token")
            .isEqualTo(403);
        Page saved = ngo.post("/account/notifications", Map.of("kind", "news.moderated"), settings.csrf());
        assertThat(saved.location()).contains("/account/subscriptions");
        Page after = ngo.get("/account/subscriptions");
        assertThat(after.text()).contains("Zapisano ustawienia powiadomień osobistych");
        assertThat(checked(after, "news-moderated")).isTrue();
        assertThat(checked(after, "noticeboard-volunteerResponded")).isFalse();
        assertThat(jdbc.sql("""
                select count(*) from audit_log
                where entity_type like '%NotificationOptOut' and action = 'CREATE' and entity_id = ?""")
            .param(repId + "/noticeboard.volunteerResponded")
            .query(Long.class)
            .single()).as("audited").isEqualTo(1);

        Map<String, String> f = NoticeForms.volunteering("Zbiórka " + word, org, LocalDate.now(clock).plusDays(10),
                "Secemin", "sobota", "2");
        String path = ngo.submit("/notices/new", "/notices/new", f).redirectPath();
        WebClient volunteer = loggedIn(plainUser());
        assertThat(volunteer.post(path + "/respond", Map.of("message", "Będę"), volunteer.get(path).csrf()).status())
            .isEqualTo(302);

        // a kind still on is mailed (sent after the response): then the turned-off one
        // would have arrived already
        String other = plainUser();
        long otherId = provisioning.ensureConfirmedUser(other, "x", DEMO_PASSWORD);
        jdbc.sql("""
                insert into organization_membership (organization_id, user_id, board_member, status, requested_at)
                values (?, ?, false, 'ACTIVE', now())""").params(org, otherId).update();
        WebClient volunteer2 = loggedIn(plainUser());
        volunteer2.post(path + "/respond", Map.of("message", "Też będę"), volunteer2.get(path).csrf());
        TestMailServer.awaitMail(other, "Zgłoszenie wolontariusza: Zbiórka " + word);
        assertThat(TestMailServer.mailsTo(rep)).as("turned off").isEmpty();

        // turned on again
        ngo.post("/account/notifications", Map.of("kind", "noticeboard.volunteerResponded"),
                ngo.get("/account/subscriptions").csrf());
        assertThat(checked(ngo.get("/account/subscriptions"), "noticeboard-volunteerResponded")).isTrue();
    }

    private static boolean checked(Page page, String kind) {
        Matcher m = Pattern.compile("<input[^>]*id=\"kind-" + kind + "\"[^>]*>").matcher(page.body());
        assertThat(m.find()).as("checkbox " + kind).isTrue();
        return m.group().contains("checked");
    }

}
