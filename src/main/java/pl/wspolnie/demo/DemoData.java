package pl.wspolnie.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import pl.wspolnie.accounts.AccountProvisioning;
import pl.wspolnie.partnership.JstAdministration;
import pl.wspolnie.partnership.JstAdministration.JstDetails;
import pl.wspolnie.partnership.JstType;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.shared.security.Role;

import java.util.List;

/**
 * Seeds the demo partnership of seed 002 ("Lokalnie decydujemy razem"): powiat włoszczowski and the
 * gminas Kluczewsko and Secemin, the other gminas of the powiat, one login per role and (in
 * {@link DemoOrganizations}) about 30 NGOs. Skipped when the partnership already exists.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "wspolnie.demo-data", havingValue = "true")
class DemoData implements ApplicationRunner {

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
            new DemoLogin("kluczewsko-admin@wspolnie.demo", "Kamila Administratorka (Kluczewsko)", Role.JST_ADMIN, "2613012"));

    private final Jsts jsts;
    private final JstAdministration jstAdministration;
    private final AccountProvisioning accounts;
    private final TransactionTemplate tx;
    private final org.springframework.beans.factory.ObjectProvider<DemoStep> moreSteps;

    DemoData(Jsts jsts, JstAdministration jstAdministration, AccountProvisioning accounts, TransactionTemplate tx,
             org.springframework.beans.factory.ObjectProvider<DemoStep> moreSteps) {
        this.jsts = jsts;
        this.jstAdministration = jstAdministration;
        this.accounts = accounts;
        this.tx = tx;
        this.moreSteps = moreSteps;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jsts.findByTeryt(POWIAT_TERYT).isPresent()) {
            log.info("Demo data present, not seeding");
            return;
        }
        tx.executeWithoutResult(status -> {
            seedPartnership();
            seedLogins();
            moreSteps.orderedStream().forEach(DemoStep::seed);
        });
        log.info("Demo partnership seeded; logins are listed in README.md (password {})", PASSWORD);
    }

    private void seedPartnership() {
        long woj = jstAdministration.ensure(JstType.WOJEWODZTWO, "Województwo świętokrzyskie", "26", null, false);
        long powiat = jstAdministration.ensure(JstType.POWIAT, "Powiat włoszczowski", POWIAT_TERYT, woj, true);
        jstAdministration.seedDetails(powiat, new JstDetails("Powiat włoszczowski", "ul. Wiśniowa 10", "29-100",
                "Włoszczowa", "starostwo@wloszczowa.demo", "41 394 30 10", "https://powiat.wloszczowa.demo",
                "Paweł Pełnomocnik", "pok. 12", "41 394 30 22", "pelnomocnik@wspolnie.demo"));
        long kluczewsko = jstAdministration.ensure(JstType.GMINA, "Gmina Kluczewsko", "2613012", powiat, true);
        jstAdministration.seedDetails(kluczewsko, new JstDetails("Gmina Kluczewsko", "ul. Spacerowa 2", "29-120",
                "Kluczewsko", "gmina@kluczewsko.demo", "41 394 20 10", "https://kluczewsko.demo",
                "Katarzyna Kluczewska", "pok. 5", "41 394 20 15", "ngo@kluczewsko.demo"));
        long secemin = jstAdministration.ensure(JstType.GMINA, "Gmina Secemin", "2613052", powiat, true);
        jstAdministration.seedDetails(secemin, new JstDetails("Gmina Secemin", "ul. Struga 8", "29-145",
                "Secemin", "gmina@secemin.demo", "34 355 10 11", "https://secemin.demo",
                "Stefan Seceminski", "pok. 3", "34 355 10 20", "ngo@secemin.demo"));
        jstAdministration.ensure(JstType.GMINA, "Gmina Krasocin", "2613022", powiat, false);
        jstAdministration.ensure(JstType.GMINA, "Gmina Moskorzew", "2613032", powiat, false);
        jstAdministration.ensure(JstType.GMINA, "Gmina Radków", "2613042", powiat, false);
        jstAdministration.ensure(JstType.GMINA, "Gmina Włoszczowa", "2613063", powiat, false);
    }

    private void seedLogins() {
        for (DemoLogin login : LOGINS) {
            long userId = accounts.ensureConfirmedUser(login.email(), login.name(), PASSWORD);
            Long jstId = login.jstTeryt() == null ? null : jsts.findByTeryt(login.jstTeryt()).orElseThrow().id();
            accounts.ensureRole(userId, login.role(), jstId);
        }
    }
}
