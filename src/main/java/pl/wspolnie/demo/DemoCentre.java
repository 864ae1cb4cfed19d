package pl.wspolnie.demo;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import pl.wspolnie.accounts.AccountProvisioning;
import pl.wspolnie.centre.CentreDemoData;
import pl.wspolnie.partnership.JstAdministration;

import java.util.Set;
import org.springframework.core.annotation.Order;

/**
 * The Centrum Organizacji Pozarządowych of powiat włoszczowski (seeds 002 and 004),
 * shared by the powiat and the gminas Kluczewsko and Secemin; centrum@wspolnie.demo is
 * its staff and adviser. See {@link CentreDemoData}.
 */
@Component
@ConditionalOnProperty(name = "wspolnie.demo-data", havingValue = "true")
@Order(40)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DemoCentre implements DemoStep {

    private final CentreDemoData centre;

    private final AccountProvisioning accounts;

    private final JstAdministration jsts; // reads the database, not the cached JST list

    @Override
    public void seed() {
        long powiat = jsts.idByTeryt("2613");
        Set<Long> served = Set.of(jsts.idByTeryt("2613012"), jsts.idByTeryt("2613052"));
        long adviser = accounts.ensureConfirmedUser("centrum@wspolnie.demo", "Celina z Centrum", DemoData.PASSWORD);
        centre.seed(powiat, served, adviser);
    }

}
