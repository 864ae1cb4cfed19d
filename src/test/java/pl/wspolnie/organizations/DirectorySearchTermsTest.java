package pl.wspolnie.organizations;

import org.junit.jupiter.api.Test;
import pl.wspolnie.organizations.domain.OrganizationDirectory;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Searches that combine several words, or words and a sphere, and a sphere alone, are
 * counted in {@code organization_search_terms} (V9: every word's prefixes of 4 letters
 * and more, and the spheres with their groups, V9_1), kept by triggers: the totals are
 * those of the table itself (the same search with a JST filter is counted there) and
 * follow registration, a change of spheres or text, and removal.
 */
class DirectorySearchTermsTest extends DirectoryIntegrationTest {

    @Test
    void combinedSearchesAreCountedFromTheKeptTermsAndFollowChanges() {
        String word = TestOrganizations.word();
        long secemin = jstId(SECEMIN);
        long id = seeding.ensure(TestOrganizations.details("Fundacja " + word + " Seniorom", secemin,
                List.of("kultura"), "Spotkania dla seniorów"), null, false, false);
        seeding.ensure(TestOrganizations.details("Klub " + word, secemin, List.of("turystyka"), "Wycieczki rowerowe"),
                null, false, false);

        assertThat(jdbc.sql("select terms::text from organization_search_terms where organization_id = ?")
            .param(id)
            .query(String.class)
            .single()).as("prefixes of 4 letters and more, and the spheres")
            .contains("'senio'", "'seniorom'", "'fund'", "'@kultura'", "'@edukacja-i-kultura'")
            .doesNotContain("'sen'");

        assertThat(total(word + " seniorom", null)).isEqualTo(1);
        assertThat(total("Seniorów " + word.toUpperCase(), null)).isEqualTo(1);
        assertThat(total(word + " wy", null)).as("a short word is a prefix").isEqualTo(1);
        assertThat(total(word + " rowerowy", null)).isEqualTo(1);
        assertThat(total(word, "edukacja-i-kultura")).as("a sphere group").isEqualTo(1);
        assertThat(total(word, "sport-i-turystyka")).isEqualTo(1);
        assertThat(total(word + " seniorom", "sport-i-turystyka")).isZero();

        jdbc.sql("delete from organization_sphere where organization_id = ?").param(id).update();
        jdbc.sql("insert into organization_sphere (organization_id, sphere_code) values (?, 'turystyka')")
            .param(id)
            .update();
        assertThat(total(word, "edukacja-i-kultura")).isZero();
        assertThat(total(word, "sport-i-turystyka")).isEqualTo(2);

        jdbc.sql("update organization set search_text = ? where id = ?")
            .params("fundacja " + word + " mlodziezy", id)
            .update();
        assertThat(total(word + " seniorom", null)).isZero();
        assertThat(total(word + " młodzież", null)).isEqualTo(1);

        jdbc.sql("delete from organization_sphere where organization_id = ?").param(id).update();
        jdbc.sql("delete from organization_membership where organization_id = ?").param(id).update();
        jdbc.sql("delete from organization where id = ?").param(id).update();
        assertThat(total(word + " mlodziez", null)).isZero();
        assertThat(jdbc.sql("select count(*) from organization_search_terms where organization_id = ?")
            .param(id)
            .query(Long.class)
            .single()).isZero();
        assertThat(jdbc.sql("select count(*) from organization_search_terms").query(Long.class).single())
            .as("one entry per organisation")
            .isEqualTo(jdbc.sql("select count(*) from organization").query(Long.class).single());
    }

    /**
     * A sphere filter alone is counted in the kept terms too (a sphere group's entry):
     * the total is the number of organisations with the group or one of its spheres, up
     * to the first page's limit.
     */
    @Test
    void aSphereAloneIsCountedFromTheKeptTerms() {
        seeding.ensure(TestOrganizations.details("Klub " + TestOrganizations.word(), jstId(SECEMIN),
                List.of("turystyka"), "Wycieczki"), null, false, false);
        long matching = jdbc.sql("select count(distinct organization_id) from organization_sphere"
                + " where sphere_code = :group or sphere_code in (select code from sphere where parent_code = :group)")
            .param("group", "sport-i-turystyka")
            .query(Long.class)
            .single();
        OrganizationDirectory.Page page = search(null, null, "sport-i-turystyka");
        assertThat(page.total()).isEqualTo(Math.min(matching, OrganizationDirectory.RANK_LIMIT));
        assertThat(page.totalIsLowerBound()).isEqualTo(matching > OrganizationDirectory.RANK_LIMIT);
    }

    /**
     * The total of a search without a JST filter (counted in the kept terms), checked
     * against the same search within the powiat (counted in the organisation table).
     */
    private long total(String q, String sphere) {
        long total = search(q, null, sphere).total();
        assertThat(search(q, jstId(POWIAT), sphere).total()).as("the same count from the organisation table")
            .isEqualTo(total);
        return total;
    }

    private OrganizationDirectory.Page search(String q, Long jst, String sphere) {
        return freshSearch(q, jst, sphere, 20);
    }

}
