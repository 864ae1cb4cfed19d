package pl.wspolnie.demo;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import pl.wspolnie.accounts.AccountProvisioning;
import pl.wspolnie.diagnosis.DiagnosisDemoData;
import pl.wspolnie.partnership.JstAdministration;

import java.util.List;

/**
 * The powiat's survey of NGO needs and potential with an answer of each demo organisation
 * but the first (ngo@wspolnie.demo's, left for the demo login to answer), and the
 * powiat's LIJW diagnosis of this year computed from the demo records, published by its
 * coordinator pelnomocnik@wspolnie.demo. See {@link DiagnosisDemoData}.
 */
@Component
@ConditionalOnProperty(name = "wspolnie.demo-data", havingValue = "true")
@Order(60)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DemoDiagnosis implements DemoStep {

    private final DiagnosisDemoData diagnosis;

    private final AccountProvisioning accounts;

    private final JstAdministration jsts;

    private final JdbcClient jdbc;

    @Override
    public void seed() {
        long powiat = jsts.idByTeryt("2613");
        long official = accounts.ensureConfirmedUser("urzednik@wspolnie.demo", "Urszula Urzędniczka",
                DemoData.PASSWORD);
        long representative = accounts.ensureConfirmedUser(DemoOrganizations.NGO_LOGIN, "x", DemoData.PASSWORD);
        List<Long> organizations = jdbc.sql("select id from organization order by id offset 1 limit 30")
            .query(Long.class)
            .list();
        long survey = diagnosis.seed(powiat, official, representative, organizations);
        long coordinator = accounts.ensureConfirmedUser("pelnomocnik@wspolnie.demo", "Paweł Pełnomocnik",
                DemoData.PASSWORD);
        diagnosis.seedLijw(powiat, coordinator, survey);
    }

}
