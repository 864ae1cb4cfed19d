package pl.wspolnie.support;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import pl.wspolnie.WspolnieApplication;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Two instances of the application on one PostgreSQL, as behind a load balancer:
 * {@code a} is the test's own context (IntegrationTest's, with the embedded PostgreSQL
 * and the demo data) and {@code b} a second one started beside it with
 * {@link SpringApplicationBuilder} on a random port, against a's database URL (so it
 * starts no embedded server), with the same SMTP server (TestMailServer) and no demo
 * data. Start b once per test class and close it after: <pre>
 * private static TwoInstances instances;
 * &#64;BeforeEach void instances(&#64;Autowired ApplicationContext a) { if (instances == null) instances = TwoInstances.beside(a); }
 * &#64;AfterAll static void stop() { if (instances != null) instances.close(); }
 * </pre>
 */
public final class TwoInstances implements AutoCloseable {

    private final ApplicationContext a;

    private final ConfigurableApplicationContext b;

    private TwoInstances(ApplicationContext a, ConfigurableApplicationContext b) {
        this.a = a;
        this.b = b;
    }

    /**
     * Starts instance b against instance a's database; extra settings ("name=value") are
     * added to b's.
     */
    public static TwoInstances beside(ApplicationContext a, String... extraProperties) {
        Map<String, Object> settings = new LinkedHashMap<>();
        try (Connection c = a.getBean(DataSource.class).getConnection()) {
            DatabaseMetaData db = c.getMetaData();
            settings.put("spring.datasource.url", db.getURL());
            settings.put("spring.datasource.username", db.getUserName());
        }
        catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database URL of the first instance", e);
        }
        settings.put("spring.datasource.password", "");
        settings.put("server.port", "0");
        settings.put("wspolnie.demo-data", "false");
        settings.put("spring.mail.port", TestMailServer.port());
        for (String p : extraProperties) {
            int eq = p.indexOf('=');
            settings.put(p.substring(0, eq), p.substring(eq + 1));
        }
        // Default properties lose to the test's config/application.properties;
        // command-line arguments win over it.
        String[] args = settings.entrySet()
            .stream()
            .map(e -> "--" + e.getKey() + "=" + e.getValue())
            .toArray(String[]::new);
        ConfigurableApplicationContext b = new SpringApplicationBuilder(WspolnieApplication.class).run(args);
        return new TwoInstances(a, b);
    }

    public ApplicationContext a() {
        return a;
    }

    public ConfigurableApplicationContext b() {
        return b;
    }

    public int portA() {
        return port(a);
    }

    public int portB() {
        return port(b);
    }

    /** The bean of this type in each instance. */
    public <T> T onA(Class<T> type) {
        return a.getBean(type);
    }

    public <T> T onB(Class<T> type) {
        return b.getBean(type);
    }

    /**
     * Runs the action on both instances at the same moment (see {@link AtOnce}); the
     * results in no particular order.
     */
    public <T> List<T> atOnce(Function<ApplicationContext, T> action) {
        List<ApplicationContext> both = List.of(a, b);
        AtomicInteger next = new AtomicInteger();
        return AtOnce.run(2, () -> action.apply(both.get(next.getAndIncrement())));
    }

    /** Stops instance b (a is the test framework's). */
    @Override
    public void close() {
        b.close();
    }

    private static int port(ApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

}
