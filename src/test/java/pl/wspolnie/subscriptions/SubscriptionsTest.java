package pl.wspolnie.subscriptions;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import pl.wspolnie.calendar.Eventually;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.events.ContentPublished;
import pl.wspolnie.shared.events.ContentType;
import pl.wspolnie.shared.mail.MailRetry;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.subscriptions.domain.Digests;
import pl.wspolnie.support.AtOnce;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.PublishedContent;
import pl.wspolnie.support.TestMailServer;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.List;

class SubscriptionsTest extends IntegrationTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    Digests digests;

    @Autowired
    MailRetry retry;

    private WebClient subscribe(String email, Map<String, String> fields) {
        WebClient client = loggedIn(email);
        Page saved = client.submit("/account/subscriptions", "/account/subscriptions", fields);
        assertThat(saved.status()).isEqualTo(302);
        assertThat(client.get("/account/subscriptions").text()).contains("Ustawienia subskrypcji zapisane");
        return client;
    }

    private void published(ContentType type, String sourceId, String title, long jstId, String sphere) {
        PublishedContent.publishAndAwait(tx, events, jdbc, new ContentPublished(type, sourceId, title, "Opis " + title,
                "/" + type.name().toLowerCase() + "/" + sourceId, jstId, Set.of(sphere), clock.instant()));
    }

    @Test
    void theSettingsPageKeepsWhatWasChosen() {
        String email = plainUser();
        Map<String, String> f = new LinkedHashMap<>();
        f.put("freq-NEWS", "WEEKLY");
        f.put("freq-CONSULTATION", "IMMEDIATE");
        f.put("jst", String.valueOf(jstId(SECEMIN)));
        f.put("sphere", "ekologia");
        f.put("newsletter", "true");
        WebClient client = subscribe(email, f);
        String body = client.get("/account/subscriptions").body();
        assertThat(body).containsPattern("value=\"WEEKLY\" id=\"freq-NEWS-WEEKLY\"\\s+checked")
            .containsPattern("id=\"freq-CONSULTATION-IMMEDIATE\"\\s+checked")
            .containsPattern("value=\"" + jstId(SECEMIN) + "\" id=\"jst-" + jstId(SECEMIN) + "\"\\s+checked")
            .containsPattern("id=\"newsletter\"\\s+checked");
        f.put("freq-NEWS", "HOURLY");
        assertThat(client.submit("/account/subscriptions", "/account/subscriptions", f).status()).isEqualTo(400);
        // to the login page
        assertThat(visitor().get("/account/subscriptions").status()).isEqualTo(302);
    }

    @Test
    void anImmediateSubscriberGetsAMailWithALinkWhenNewsIsPublished() {
        String word = TestOrganizations.word();
        String email = plainUser();
        subscribe(email, Map.of("freq-NEWS", "IMMEDIATE", "jst", String.valueOf(jstId(POWIAT))));

        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, KLUCZEWSKO));
        Page saved = official.submit("/news/new", "/news/new",
                Map.of("jstId", String.valueOf(jstId(KLUCZEWSKO)), "title", "Dożynki " + word, "lead",
                        "Zapraszamy na dożynki", "body", "<p>Program</p>", "publishAt", ""));
        assertThat(saved.status()).isEqualTo(302);
        String id = saved.location().replaceAll(".*/news/(\\d+).*", "$1");

        String mail = TestMailServer.awaitMail(email, "Dożynki " + word);
        assertThat(mail).contains("Zapraszamy na dożynki", "http://localhost/news/" + id,
                "http://localhost/account/subscriptions");
    }

    @Test
    void theDailyDigestCollectsTheMatchingItemsOfTheDay() {
        String word = TestOrganizations.word();
        String daily = plainUser();
        subscribe(daily, Map.of("freq-COMPETITION", "DAILY", "freq-CONSULTATION", "DAILY", "sphere", "kultura"));
        String otherSphere = plainUser();
        subscribe(otherSphere, Map.of("freq-COMPETITION", "DAILY", "sphere", "ekologia"));

        published(ContentType.COMPETITION, "k-" + word, "Konkurs " + word, jstId(SECEMIN), "kultura");
        published(ContentType.CONSULTATION, "c-" + word, "Konsultacje " + word, jstId(KLUCZEWSKO), "kultura");
        published(ContentType.COMPETITION_RESULT, "r-" + word, "Wyniki " + word, jstId(KLUCZEWSKO), "kultura");

        clock.advance(Duration.ofDays(1));
        digests.send(Frequency.DAILY);

        String mail = TestMailServer.awaitMail(daily, "dzienny przegląd");
        assertThat(mail)
            .contains("Konkurs " + word, "http://localhost/competition/k-" + word, "Konsultacje " + word,
                    "http://localhost/consultation/c-" + word)
            .doesNotContain("Wyniki " + word); // results: not subscribed
        assertThat(TestMailServer.mailsTo(otherSphere)).isEmpty();

        // the next digest does not repeat them
        clock.advance(Duration.ofDays(1));
        digests.send(Frequency.DAILY);
        assertThat(TestMailServer.mailsTo(daily)).hasSize(1);
    }

    @Test
    void anImmediateNoticeThatCannotReachOnePersonIsSentOnceToTheOthersAndNotRetriedForAnAddressRefusedForGood()
            throws Exception {
        String word = TestOrganizations.word();
        String good = plainUser();
        subscribe(good, Map.of("freq-NEWS", "IMMEDIATE", "sphere", "turystyka"));
        // an address the mail library refuses (two addresses in one): a permanent
        // failure, which is logged once and not retried (temporary ones are:
        // PermanentMailFailureTest)
        String bad = "zly-" + System.nanoTime() + "@test.wspolnie.pl,inny@test.wspolnie.pl";
        long badId = provisioning.ensureConfirmedUser(bad, "Zły adres", DEMO_PASSWORD);
        jdbc.sql("insert into subscription_settings (user_id, updated_at) values (?, now())").param(badId).update();
        jdbc.sql(
                "insert into subscription_frequency (user_id, content_type, frequency) values (?, 'NEWS', 'IMMEDIATE')")
            .param(badId)
            .update();
        try {
            published(ContentType.NEWS, "w-" + word, "Wycieczka " + word, jstId(SECEMIN), "turystyka");
            TestMailServer.awaitMail(good, "Wycieczka " + word);
            Eventually.await("the mail to the good address is complete",
                    () -> publicationsMentioning(good, "true") == 0);
            Eventually.await("the mail to the refused address is not kept for retries",
                    () -> publicationsMentioning(bad, "true") == 0);

            retry.resubmitOlderThan(Duration.ZERO);
            Thread.sleep(1500);
            assertThat(TestMailServer.mailsTo(good)).as("not sent again").hasSize(1);
        }
        finally {
            jdbc.sql("delete from subscription_settings where user_id = ?").param(badId).update();
            jdbc.sql("delete from event_publication where serialized_event like ?").param("%" + bad + "%").update();
        }
    }

    /**
     * Incomplete event publications whose event mentions the text and that meet the
     * condition.
     */
    private long publicationsMentioning(String text, String condition) {
        return jdbc
            .sql("select count(*) from event_publication where completion_date is null and serialized_event like ? and "
                    + condition)
            .param("%" + text + "%")
            .query(Long.class)
            .single();
    }

    @Test
    void aPersonGetsOneDailyDigestADayHoweverOftenTheJobRuns() throws Exception {
        String word = TestOrganizations.word();
        List<String> people = List.of(plainUser(), plainUser(), plainUser());
        people.forEach(p -> subscribe(p, Map.of("freq-NEWS", "DAILY", "sphere", "turystyka")));
        published(ContentType.NEWS, "n1-" + word, "Rajd " + word, jstId(SECEMIN), "turystyka");
        clock.advance(Duration.ofDays(1));

        // two runs at once (a second instance, a retry while the first one still runs)
        AtOnce.run(2, () -> digests.send(Frequency.DAILY));
        people.forEach(p -> assertThat(TestMailServer.awaitMail(p, "dzienny przegląd")).contains("Rajd " + word));

        // an item arriving later the same day waits for the next day's digest: a run
        // again today sends nothing
        published(ContentType.NEWS, "n2-" + word, "Spływ " + word, jstId(SECEMIN), "turystyka");
        digests.send(Frequency.DAILY);
        Thread.sleep(1500);
        people.forEach(p -> assertThat(TestMailServer.mailsTo(p)).as(p).hasSize(1));
        assertThat(jdbc
            .sql("select count(*) from digest_delivery d join user_account u on u.id = d.user_id "
                    + "where u.email in (:people) and d.frequency = 'DAILY'")
            .param("people", people)
            .query(Long.class)
            .single()).isEqualTo(3);

        clock.advance(Duration.ofDays(1));
        digests.send(Frequency.DAILY);
        String first = people.get(0);
        Eventually.await("the next day's digest", () -> TestMailServer.mailsTo(first).size() == 2);
        String next = String.valueOf(TestMailServer.mailsTo(first).get(1).getContent());
        assertThat(next).contains("Spływ " + word).doesNotContain("Rajd " + word);
    }

}
