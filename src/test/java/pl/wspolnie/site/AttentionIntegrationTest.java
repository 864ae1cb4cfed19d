package pl.wspolnie.site;

import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.centre.domain.CentreCatalogue;
import pl.wspolnie.competitions.CompetitionSeeding;
import pl.wspolnie.organizations.OrganizationSeeding;
import pl.wspolnie.support.IntegrationTest;

/**
 * Base of the tests of "Co wymaga mojej uwagi": the services that set up what waits for
 * each role.
 */
abstract class AttentionIntegrationTest extends IntegrationTest {

    @Autowired
    CompetitionSeeding competitions;

    @Autowired
    OrganizationSeeding organizations;

    @Autowired
    CentreCatalogue catalogue;

}
