package pl.wspolnie.support;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import pl.wspolnie.WspolnieApplication;
import pl.wspolnie.accounts.AccountProvisioning;
import pl.wspolnie.organizations.OrganizationSeeding;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.shared.security.Role;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Base of the integration tests: the whole application on a random port with the embedded
 * PostgreSQL, the demo partnership and a real SMTP server. All test classes share one
 * context and one database, so tests create their own uniquely named data and never count
 * all rows.
 */
@SpringBootTest(classes = WspolnieApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(IntegrationTest.TestClockConfig.class)
public abstract class IntegrationTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class TestClockConfig {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }

    }

    /** Moves the platform's clock; reset after each test. */
    @Autowired
    protected TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    public static final String DEMO_PASSWORD = "Wspolnie2026!";

    public static final String POWIAT = "2613";

    public static final String KLUCZEWSKO = "2613012";

    public static final String SECEMIN = "2613052";

    private static final AtomicInteger SEQ = new AtomicInteger();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", TestMailServer::port);
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected AccountProvisioning provisioning;

    @Autowired
    protected Jsts jsts;

    @Autowired
    private OrganizationSeeding organizationSeeding;

    protected WebClient visitor() {
        return new WebClient(port);
    }

    protected long jstId(String teryt) {
        return jsts.findByTeryt(teryt).orElseThrow().id();
    }

    /** A unique e-mail address for this test run. */
    protected static String uniqueEmail(String prefix) {
        return prefix + "-" + System.nanoTime() + "-" + SEQ.incrementAndGet() + "@test.wspolnie.pl";
    }

    /**
     * A confirmed account with the given roles in one JST; returns its e-mail (password
     * DEMO_PASSWORD).
     */
    protected String userWithRole(Role role, String teryt) {
        String email = uniqueEmail(role.name().toLowerCase());
        long id = provisioning.ensureConfirmedUser(email, "Test " + role, DEMO_PASSWORD);
        if (role != null) {
            provisioning.ensureRole(id, role, teryt == null ? null : jstId(teryt));
        }
        return email;
    }

    /** A confirmed account without roles. */
    protected String plainUser() {
        String email = uniqueEmail("user");
        provisioning.ensureConfirmedUser(email, "Test User", DEMO_PASSWORD);
        return email;
    }

    /**
     * A new organisation (sphere "kultura") in the JST of the given TERYT code with the
     * account of the given e-mail (created if missing) as its representative on the
     * board; returns its id.
     */
    protected long organisationRepresentedBy(String email, String name, String teryt, boolean verified) {
        long userId = provisioning.ensureConfirmedUser(email, "x", DEMO_PASSWORD);
        return organizationSeeding.ensure(TestOrganizations.details(name, jstId(teryt), List.of("kultura"), null),
                userId, true, verified);
    }

    protected WebClient loggedIn(String email) {
        return visitor().login(email, DEMO_PASSWORD);
    }

}
