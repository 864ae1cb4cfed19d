package pl.wspolnie.shared;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import pl.wspolnie.calendar.Eventually;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.cache.CacheConfiguration;
import pl.wspolnie.shared.cache.CacheNotifications;
import pl.wspolnie.shared.cache.Caches;
import pl.wspolnie.shared.events.ContentPublished;
import pl.wspolnie.shared.events.ContentType;
import pl.wspolnie.subscriptions.domain.Digests;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.PublishedContent;
import pl.wspolnie.support.TestMailServer;
import pl.wspolnie.support.TwoInstances;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the application on one PostgreSQL, as behind a load balancer without
 * sticky sessions: a person logged in on one is logged in on the other, a scheduled job
 * fired on both at once runs once, and a cache entry evicted by a transaction committed
 * on one is gone from the other within a second.
 */
class SeveralInstancesTest extends IntegrationTest {

    private static TwoInstances instances;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    @BeforeEach
    void startTheSecondInstance(@Autowired ApplicationContext first) {
        if (instances == null) {
            instances = TwoInstances.beside(first);
        }
    }

    @AfterAll
    static void stopTheSecondInstance() {
        if (instances != null) {
            instances.close();
            instances = null;
        }
    }

    @Test
    void aPersonLoggedInOnOneInstanceIsLoggedInOnTheOther() {
        String email = plainUser();
        WebClient onA = new WebClient(instances.portA());
        assertThat(onA.get("/login").headers().getOrDefault("set-cookie", List.of()))
            .as("an anonymous visitor gets no session")
            .noneMatch(c -> c.startsWith("JSESSIONID="));
        Page login = onA.submit("/login", "/login", Map.of("email", email, "password", DEMO_PASSWORD));
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.headers().get("set-cookie")).as("the session cookie keeps server.servlet.session.cookie")
            .anyMatch(c -> c.startsWith("JSESSIONID=") && c.contains("HttpOnly") && c.contains("SameSite=Lax"));
        String session = onA.cookie("JSESSIONID");
        assertThat(session).isNotNull();
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = :e")
            .param("e", email)
            .query(Long.class)
            .single()).as("the session is kept in PostgreSQL").isEqualTo(1);

        WebClient onB = onA.samePersonOn(instances.portB());
        Page account = onB.get("/account");
        assertThat(account.status()).isEqualTo(200);
        assertThat(account.text()).contains(email);
        assertThat(onB.cookie("JSESSIONID")).as("the same session").isEqualTo(session);
        assertThat(new WebClient(instances.portB()).get("/account").status()).as("nobody else").isEqualTo(302);

        // logging out on b ends the session everywhere
        assertThat(onB.post("/logout", Map.of(), onB.get("/account").csrf()).status()).isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = :e")
            .param("e", email)
            .query(Long.class)
            .single()).isZero();
        assertThat(onA.get("/account").status()).isEqualTo(302);
    }

    @Test
    void theDailyDigestFiredOnBothInstancesAtOnceMailsEachPersonOnce() throws Exception {
        String word = TestOrganizations.word();
        List<String> people = List.of(plainUser(), plainUser(), plainUser());
        for (String email : people) {
            WebClient client = loggedIn(email);
            assertThat(client
                .submit("/account/subscriptions", "/account/subscriptions",
                        Map.of("freq-NEWS", "DAILY", "sphere", "turystyka"))
                .status()).isEqualTo(302);
        }
        String title = "Turniej " + word;
        PublishedContent.publishAndAwait(tx, events, jdbc, new ContentPublished(ContentType.NEWS, "n-" + word, title,
                "Opis", "/news/n-" + word, jstId(KLUCZEWSKO), Set.of("turystyka"), clock.instant()));

        instances.atOnce(app -> {
            app.getBean(Digests.class).daily();
            return true;
        });

        for (String email : people) {
            assertThat(TestMailServer.awaitMail(email, "dzienny przegląd")).contains(title);
        }
        Thread.sleep(1500);
        for (String email : people) {
            assertThat(TestMailServer.mailsTo(email)).as(email).hasSize(1);
        }
        assertThat(jdbc.sql("select count(*) from shedlock where name = 'subscriptions.daily-digest'")
            .query(Long.class)
            .single()).as("the job took its lock").isEqualTo(1);
    }

    @Test
    void anEvictionCommittedOnOneInstanceReachesTheOtherWithinASecond() {
        String key = "several-instances-" + TestOrganizations.word();
        Eventually.await("B listens for evictions", () -> instances.onB(CacheNotifications.class).listening());
        Caches onB = instances.onB(Caches.class);
        assertThat(onB.get(CacheConfiguration.DIRECTORY, key, () -> "before")).isEqualTo("before");
        assertThat(onB.get(CacheConfiguration.DIRECTORY, key, () -> "after")).as("kept on B").isEqualTo("before");

        TransactionTemplate onA = new TransactionTemplate(instances.a().getBean(PlatformTransactionManager.class));
        onA.executeWithoutResult(status -> {
            instances.onA(Caches.class).evict(CacheConfiguration.DIRECTORY, key);
            assertThat(onB.get(CacheConfiguration.DIRECTORY, key, () -> "after")).as("not before A commits")
                .isEqualTo("before");
        });
        long committed = System.nanoTime();
        Eventually.await("B evicts " + key,
                () -> "after".equals(onB.get(CacheConfiguration.DIRECTORY, key, () -> "after")));
        assertThat((System.nanoTime() - committed) / 1_000_000).as("ms until B evicted").isLessThan(1_000);
    }

}
