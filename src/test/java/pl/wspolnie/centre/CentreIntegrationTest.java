package pl.wspolnie.centre;

import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.centre.domain.CentreCatalogue;
import pl.wspolnie.centre.domain.Trainings;
import pl.wspolnie.organizations.OrganizationSeeding;
import pl.wspolnie.support.IntegrationTest;

/**
 * Base of the centre's integration tests that set up rooms, trainings and organisations
 * directly: the services they use.
 */
abstract class CentreIntegrationTest extends IntegrationTest {

    @Autowired
    CentreCatalogue catalogue;

    @Autowired
    Trainings trainings;

    @Autowired
    OrganizationSeeding seeding;

}
