package pl.wspolnie.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import pl.wspolnie.WspolnieApplication;
import pl.wspolnie.partnership.JstSummary;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.shared.database.EmbeddedPostgresConfig;
import pl.wspolnie.support.IntegrationTest;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * First start on an empty database: requests that arrive while the demo data is seeded
 * harm nothing, and two instances started at once seed it once. Each test makes a new,
 * empty database on the shared embedded server and starts the application on it as
 * {@code java -jar} would.
 */
class StartupSeedingTest extends IntegrationTest {

    private static final Duration START = Duration.ofMinutes(4);

    @Autowired
    EmbeddedPostgresConfig.Server server;

    @Test
    void twoInstancesStartedAtOnceOnAnEmptyDatabaseSeedTheDemoDataOnce() throws Exception {
        String url = emptyDatabase("two_instances");
        ExecutorService starts = Executors.newFixedThreadPool(2);
        // Logback is one per JVM: two applications configuring it at the same moment race
        // ("Unable to find Spring Environment in logger context"), which two real
        // instances, each in its own JVM, never do. So the second starts once the first
        // has set up its logging; both then migrate and seed the database at once.
        CountDownLatch firstLogging = new CountDownLatch(1);
        List<Future<ConfigurableApplicationContext>> instances = new ArrayList<>();
        instances.add(starts.submit(() -> start(url, 0, firstLogging)));
        instances.add(starts.submit(() -> {
            firstLogging.await();
            return start(url, 0, new CountDownLatch(1));
        }));
        List<ConfigurableApplicationContext> running = new ArrayList<>();
        try {
            for (Future<ConfigurableApplicationContext> instance : instances) {
                // a failed start throws here
                running.add(instance.get(START.toSeconds(), TimeUnit.SECONDS));
            }
            JdbcClient db = running.get(0).getBean(JdbcClient.class);
            assertThat(count(db, "select count(*) from jst where teryt = '2613'")).isEqualTo(1);
            assertThat(count(db, "select count(*) from user_account where email like '%@wspolnie.demo'"))
                .as("every demo login once")
                .isEqualTo(count(jdbc, "select count(*) from user_account where email like '%@wspolnie.demo'"));
            assertThat(count(db, "select count(*) from organization")).isGreaterThan(20)
                .isEqualTo(count(db, "select count(distinct name) from organization"));
            assertThat(count(db, "select count(*) from flyway_schema_history where not success")).isZero();
            assertThat(count(db, "select count(*) from flyway_schema_history where version is not null"))
                .as("each migration applied once")
                .isEqualTo(count(db,
                        "select count(distinct version) from flyway_schema_history where version is not null"));
        }
        finally {
            running.forEach(ConfigurableApplicationContext::close);
            starts.shutdownNow();
        }
    }

    @Test
    void pagesRequestedWhileTheDemoDataIsSeededGetNoErrorAndSeedingCompletes() throws Exception {
        String url = emptyDatabase("seeding_requests");
        int port = freePort();
        HoldSeeding.reset();
        List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean visiting = new AtomicBoolean(true);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        // A visitor who keeps opening the home page from the first moment of the start.
        Future<?> visitor = threads.submit(() -> {
            while (visiting.get()) {
                statuses.add(status(port, "/"));
                Thread.sleep(25);
            }
            return null;
        });
        Future<ConfigurableApplicationContext> app = threads.submit(() -> start(url, port, HoldSeeding.class));
        ConfigurableApplicationContext context = null;
        try {
            assertThat(HoldSeeding.reached.await(START.toSeconds(), TimeUnit.SECONDS)).as("seeding reached").isTrue();
            // While the seeding transaction is open the port is closed: no request reads
            // the half-seeded database
            // or fills the JST cache with its still-empty committed state (which made the
            // seeding fail).
            assertThat(status(port, "/")).as("refused while seeding").isEqualTo(-1);
            HoldSeeding.release.countDown();
            context = app.get(START.toSeconds(), TimeUnit.SECONDS);

            assertThat(status(port, "/")).isEqualTo(200);
            JdbcClient db = context.getBean(JdbcClient.class);
            assertThat(count(db, "select count(*) from organization")).as("seeding completed").isGreaterThan(20);
            assertThat(context.getBean(Jsts.class).members()).extracting(JstSummary::teryt)
                .contains("2613", "2613012", "2613052");
            visiting.set(false);
            visitor.get(30, TimeUnit.SECONDS);
            assertThat(statuses).as("answers to the visitor during and after the start")
                .contains(-1, 200)
                .allMatch(s -> s == -1 || s < 500);
        }
        finally {
            visiting.set(false);
            HoldSeeding.release.countDown();
            if (context == null && app.isDone() && !app.isCancelled()) {
                try {
                    context = app.get();
                }
                catch (Exception e) {
                    // start failed; the assertion above already tells why
                }
            }
            if (context != null) {
                context.close();
            }
            threads.shutdownNow();
        }
    }

    /**
     * A demo step that runs first (after the partnership and the logins) and waits for
     * the test. Not scanned.
     */
    static class HoldSeeding {

        static volatile CountDownLatch reached;
        static volatile CountDownLatch release;

        static void reset() {
            reached = new CountDownLatch(1);
            release = new CountDownLatch(1);
        }

        @Bean
        DemoStep holdSeeding() {
            class Hold implements DemoStep, Ordered {

                @Override
                public void seed() {
                    reached.countDown();
                    try {
                        release.await(START.toSeconds(), TimeUnit.SECONDS);
                    }
                    catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }

                @Override
                public int getOrder() {
                    return Ordered.HIGHEST_PRECEDENCE;
                }

            }
            return new Hold();
        }

    }

    private String emptyDatabase(String prefix) throws Exception {
        String name = prefix + "_" + System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + server.port() + "/postgres",
                "postgres", "")) {
            c.createStatement().execute("create database " + name + " encoding 'UTF8' template template0");
        }
        return "jdbc:postgresql://localhost:" + server.port() + "/" + name;
    }

    private static ConfigurableApplicationContext start(String url, int port, Class<?>... more) {
        return start(url, port, new CountDownLatch(1), more);
    }

    /** Starts the application; {@code loggingReady} opens once its logging is set up. */
    private static ConfigurableApplicationContext start(String url, int port, CountDownLatch loggingReady,
            Class<?>... more) {
        List<Class<?>> sources = new ArrayList<>(List.of(WspolnieApplication.class));
        sources.addAll(List.of(more));
        return new SpringApplicationBuilder(sources.toArray(Class<?>[]::new))
            .listeners((ApplicationListener<ApplicationEvent>) event -> {
                if (event instanceof ApplicationPreparedEvent) {
                    loggingReady.countDown();
                }
            })
            .run("--server.port=" + port, "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                    "--spring.datasource.password=", "--spring.mail.host=", "--wspolnie.demo-data=true");
    }

    private static long count(JdbcClient db, String sql) {
        return db.sql(sql).query(Long.class).single();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The status of a GET, or -1 when the connection is refused. */
    private static int status(int port, String path) throws IOException, InterruptedException {
        try {
            return HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(2))
                .build()
                .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(Duration.ofSeconds(60))
                    .header("Accept", "text/html")
                    .GET()
                    .build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
        }
        catch (ConnectException e) {
            return -1;
        }
    }

}
