package pl.wspolnie.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import pl.wspolnie.accounts.AccountProvisioning;
import pl.wspolnie.partnership.JstAdministration;
import pl.wspolnie.partnership.JstAdministration.JstDetails;
import pl.wspolnie.partnership.JstType;
import pl.wspolnie.shared.database.AdvisoryLock;
import pl.wspolnie.shared.security.Role;

import javax.sql.DataSource;
import java.util.List;

/**
 * Seeds the demo partnership of seed 002 ("Lokalnie decydujemy razem"): powiat
 * włoszczowski and the gminas Kluczewsko and Secemin, the other gminas of the powiat, one
 * login per role and (in {@link DemoOrganizations}) about 30 NGOs. Skipped when the
 * partnership already exists.
 * <p>
 * Seeding runs while the context starts, in a lifecycle phase before the web server opens
 * its port and before the scheduled jobs start: nobody reads a half-seeded database, and
 * no request fills a cache with the empty committed state while the seeding transaction
 * is open. Instances started at once on an empty database take turns through a PostgreSQL
 * advisory lock: the first seeds, the others wait and then find the partnership there.
 * The steps look JSTs up in the database ({@link JstAdministration#idByTeryt}), never
 * through the cached JST list.
 */
@Component
@ConditionalOnProperty(name = "wspolnie.demo-data", havingValue = "true")
class DemoData implements SmartLifecycle {

    /**
     * Before the web server starts (phase {@code Integer.MAX_VALUE - 2048} in Spring Boot
     * 4) and the scheduled jobs.
     */
    static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

    /** The advisory lock's key, the same on every instance ("demo" in ASCII). */
    static final long LOCK_KEY = 0x64656d6fL;

    static final String PASSWORD = "Wspolnie2026!";
    static final String POWIAT_TERYT = "2613";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    record DemoLogin(String email, String name, Role role, String jstTeryt) {
    }

    /** One login per role; listed in README.md. */
    static final List<DemoLogin> LOGINS = List.of(
            new DemoLogin("admin@wspolnie.demo", "Anna Administratorka", Role.PLATFORM_ADMIN, null),
            new DemoLogin("jst-admin@wspolnie.demo", "Jan Administrator (Powiat)", Role.JST_ADMIN, POWIAT_TERYT),
            new DemoLogin("urzednik@wspolnie.demo", "Urszula Urzędniczka", Role.OFFICIAL, POWIAT_TERYT),
            new DemoLogin("pelnomocnik@wspolnie.demo", "Paweł Pełnomocnik", Role.LIAISON_OFFICER, POWIAT_TERYT),
            new DemoLogin("komisja@wspolnie.demo", "Krystyna Komisarz", Role.COMMISSION_MEMBER, POWIAT_TERYT),
            new DemoLogin("rada@wspolnie.demo", "Radosław Radny", Role.COUNCIL_MEMBER, POWIAT_TERYT),
            new DemoLogin("centrum@wspolnie.demo", "Celina z Centrum", Role.CENTRE_STAFF, POWIAT_TERYT),
            new DemoLogin("mieszkaniec@wspolnie.demo", "Marek Mieszkaniec", Role.RESIDENT, "2613012"),
            new DemoLogin("kluczewsko-admin@wspolnie.demo", "Kamila Administratorka (Kluczewsko)", Role.JST_ADMIN,
                    "2613012"));

    private final JstAdministration jstAdministration;

    private final AccountProvisioning accounts;

    private final TransactionTemplate tx;

    private final ObjectProvider<DemoStep> moreSteps;

    private final JdbcClient jdbc;

    private final AdvisoryLock lock;

    private volatile boolean running;

    DemoData(JstAdministration jstAdministration, AccountProvisioning accounts, TransactionTemplate tx,
            ObjectProvider<DemoStep> moreSteps, JdbcClient jdbc, DataSource dataSource) {
        this.jstAdministration = jstAdministration;
        this.accounts = accounts;
        this.tx = tx;
        this.moreSteps = moreSteps;
        this.jdbc = jdbc;
        this.lock = new AdvisoryLock(dataSource, LOCK_KEY, "demo data seeding");
    }

    @Override
    public void start() {
        seedUnlessPresent();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    /**
     * Seeds the demo partnership unless it exists; returns whether it seeded. Safe to run
     * on several instances at once.
     */
    boolean seedUnlessPresent() {
        return lock.call(() -> {
            if (partnershipExists()) {
                log.info("Demo data: present");
                return false;
            }
            tx.executeWithoutResult(status -> {
                seedPartnership();
                seedLogins();
                moreSteps.orderedStream().forEach(DemoStep::seed);
            });
            log.info("Demo data: seeded; logins are listed in README.md (password {})", PASSWORD);
            return true;
        });
    }

    private boolean partnershipExists() {
        return jdbc.sql("select exists(select 1 from jst where teryt = ?)")
            .param(POWIAT_TERYT)
            .query(Boolean.class)
            .single();
    }

    private void seedPartnership() {
        long woj = jstAdministration.ensure(JstType.WOJEWODZTWO, "Województwo świętokrzyskie", "26", null, false);
        long powiat = jstAdministration.ensure(JstType.POWIAT, "Powiat włoszczowski", POWIAT_TERYT, woj, true);
        jstAdministration.seedDetails(powiat,
                new JstDetails("Powiat włoszczowski", "ul. Wiśniowa 10", "29-100", "Włoszczowa",
                        "starostwo@wloszczowa.demo", "41 394 30 10", "https://powiat.wloszczowa.demo",
                        "Paweł Pełnomocnik", "pok. 12", "41 394 30 22", "pelnomocnik@wspolnie.demo"));
        long kluczewsko = jstAdministration.ensure(JstType.GMINA, "Gmina Kluczewsko", "2613012", powiat, true);
        jstAdministration.seedDetails(kluczewsko,
                new JstDetails("Gmina Kluczewsko", "ul. Spacerowa 2", "29-120", "Kluczewsko", "gmina@kluczewsko.demo",
                        "41 394 20 10", "https://kluczewsko.demo", "Katarzyna Kluczewska", "pok. 5", "41 394 20 15",
                        "ngo@kluczewsko.demo"));
        long secemin = jstAdministration.ensure(JstType.GMINA, "Gmina Secemin", "2613052", powiat, true);
        jstAdministration.seedDetails(secemin,
                new JstDetails("Gmina Secemin", "ul. Struga 8", "29-145", "Secemin", "gmina@secemin.demo",
                        "34 355 10 11", "https://secemin.demo", "Stefan Seceminski", "pok. 3", "34 355 10 20",
                        "ngo@secemin.demo"));
        jstAdministration.ensure(JstType.GMINA, "Gmina Krasocin", "2613022", powiat, false);
        jstAdministration.ensure(JstType.GMINA, "Gmina Moskorzew", "2613032", powiat, false);
        jstAdministration.ensure(JstType.GMINA, "Gmina Radków", "2613042", powiat, false);
        jstAdministration.ensure(JstType.GMINA, "Gmina Włoszczowa", "2613063", powiat, false);
    }

    private void seedLogins() {
        for (DemoLogin login : LOGINS) {
            long userId = accounts.ensureConfirmedUser(login.email(), login.name(), PASSWORD);
            Long jstId = login.jstTeryt() == null ? null : jstAdministration.idByTeryt(login.jstTeryt());
            accounts.ensureRole(userId, login.role(), jstId);
        }
    }

}
