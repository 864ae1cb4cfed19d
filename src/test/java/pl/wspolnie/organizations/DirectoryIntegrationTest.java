package pl.wspolnie.organizations;

import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.organizations.domain.DirectoryCriteria;
import pl.wspolnie.organizations.domain.OrganizationDirectory;
import pl.wspolnie.shared.cache.CacheConfiguration;
import pl.wspolnie.shared.cache.Caches;
import pl.wspolnie.support.IntegrationTest;

/**
 * Base of the tests that seed organisations directly and read the directory's counts
 * through its service.
 */
abstract class DirectoryIntegrationTest extends IntegrationTest {

    @Autowired
    OrganizationSeeding seeding;

    @Autowired
    OrganizationDirectory directory;

    @Autowired
    Caches caches;

    /**
     * The first page of a search, read afresh: the SQL changes of a test announce
     * nothing, so the directory's cache is cleared first.
     */
    OrganizationDirectory.Page freshSearch(String q, Long jst, String sphere, int size) {
        caches.clear(CacheConfiguration.DIRECTORY);
        return directory.search(new DirectoryCriteria(q, jst, sphere, null), 0, size);
    }

}
