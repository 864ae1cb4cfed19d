package pl.wspolnie.organizations;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.organizations.domain.DirectoryCriteria;
import pl.wspolnie.organizations.domain.OrganizationDirectory;
import pl.wspolnie.partnership.JstAdministration;
import pl.wspolnie.partnership.JstType;
import pl.wspolnie.shared.cache.CacheConfiguration;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Searches that combine two or more of words, a sphere and a JST, and a sphere alone, are
 * counted in {@code organization_search_terms} (V9: every word's prefixes of 4 letters
 * and more, the spheres with their groups, V9_1, the gmina and the units above it, V9_3),
 * kept by triggers: the totals are those of the organisation table itself and follow
 * registration, a change of spheres, text or gmina, and removal.
 */
class DirectorySearchTermsTest extends DirectoryIntegrationTest {

    @Autowired
    JstAdministration jsts;

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
            .single())
            .as("prefixes of 4 letters and more, and the spheres")
            .contains("'senio'", "'seniorom'", "'fund'", "'@kultura'", "'@edukacja-i-kultura'", "'#" + secemin + "'",
                    "'#" + jstId(POWIAT) + "'")
            .doesNotContain("'sen'", "'#" + jstId(KLUCZEWSKO) + "'");

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

        long kluczewsko = jstId(KLUCZEWSKO);
        jdbc.sql("update organization set gmina_id = ? where id = ?").params(kluczewsko, id).update();
        assertThat(search(word + " mlodziez", kluczewsko, null).total()).as("moved to another gmina").isEqualTo(1);
        assertThat(search(word + " mlodziez", secemin, null).total()).isZero();
        assertThat(search(word, jstId(POWIAT), "sport-i-turystyka").total()).as("still in the powiat").isEqualTo(2);
        jdbc.sql("update organization set gmina_id = ? where id = ?").params(secemin, id).update();

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
     * the total is the number of organisations with the group or one of its spheres,
     * exact up to the limit of pages read by id, beyond it the first page's limit.
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
        boolean many = matching > OrganizationDirectory.BY_ID_LIMIT;
        assertThat(page.total()).isEqualTo(many ? OrganizationDirectory.RANK_LIMIT : matching);
        assertThat(page.totalIsLowerBound()).isEqualTo(many);
    }

    /**
     * Between 200 and 500 matches of a search counted in the kept terms: the total is
     * exact (not "more than 200"), the order is by name, and the pages are read by the
     * ids the terms list, to the last one.
     */
    @Test
    void upTo500MatchesAreCountedExactlyAndPagedById() {
        String word = TestOrganizations.word();
        jdbc.sql(
                """
                        insert into organization (name, legal_form, register_name, register_number, street, postal_code, city,
                                                  gmina_id, created_at, search_text, sort_name, verified)
                        select 'Grupa ' || :word || ' nr ' || lpad(i::text, 3, '0'), 'ASSOCIATION', 'Ewidencja', :word || '/' || i,
                               'ul. Krótka 1', '29-120', 'Secemin', :gmina, now() - i * interval '1 minute',
                               'grupa ' || :word || ' nr ' || lpad(i::text, 3, '0'), 'grupa ' || :word || ' nr ' || lpad(i::text, 3, '0'),
                               true
                        from generate_series(1, 320) i""")
            .param("word", word)
            .param("gmina", jstId(SECEMIN))
            .update();
        caches.clear(CacheConfiguration.DIRECTORY);
        OrganizationDirectory.Page first = directory.search(new DirectoryCriteria(word, jstId(SECEMIN), null, null), 0,
                20);
        assertThat(first.total()).isEqualTo(320);
        assertThat(first.totalIsLowerBound()).isFalse();
        assertThat(first.byNameForRelevance()).isTrue();
        assertThat(first.rows()).extracting(OrganizationDirectory.Row::name)
            .startsWith("Grupa " + word + " nr 001", "Grupa " + word + " nr 002")
            .hasSize(20);
        OrganizationDirectory.Page last = directory.search(new DirectoryCriteria(word, jstId(SECEMIN), null, null), 15,
                20);
        assertThat(last.rows()).extracting(OrganizationDirectory.Row::name)
            .containsExactlyElementsOf(
                    IntStream.rangeClosed(301, 320).mapToObj(i -> "Grupa " + word + " nr " + i).toList());
        assertThat(search(word, jstId(KLUCZEWSKO), null).total()).isZero();
    }

    /**
     * A gmina created on its own and put under the powiat later (by a migration: the
     * application never changes a JST's parent) brings its organisations into the
     * powiat's searches.
     */
    @Test
    void aGminaPutUnderAPowiatBringsItsOrganisationsIntoThePowiatsSearches() {
        String word = TestOrganizations.word();
        String teryt = String.format("99%05d", Math.floorMod(word.hashCode(), 100000));
        long gmina = jsts.ensure(JstType.GMINA, "Gmina " + word, teryt, null, false);
        seeding.ensure(TestOrganizations.details("Klub " + word, gmina, List.of("turystyka"), "Wycieczki"), null, false,
                false);
        assertThat(search(word, gmina, "turystyka").total()).isEqualTo(1);
        assertThat(search(word, jstId(POWIAT), "turystyka").total()).isZero();

        jdbc.sql("update jst set parent_id = ? where id = ?").params(jstId(POWIAT), gmina).update();
        caches.clear(CacheConfiguration.JSTS);
        OrganizationDirectory.Page inPowiat = search(word, jstId(POWIAT), "turystyka");
        assertThat(inPowiat.total()).isEqualTo(1);
        assertThat(inPowiat.rows()).extracting(OrganizationDirectory.Row::name).containsExactly("Klub " + word);
    }

    /**
     * The total of a search, checked against the organisation table and against the same
     * search within the organisations' gmina, their powiat, and another gmina.
     */
    private long total(String q, String sphere) {
        long total = search(q, null, sphere).total();
        assertThat(total).as("the count of the organisation table").isEqualTo(tableCount(q, sphere));
        assertThat(search(q, jstId(SECEMIN), sphere).total()).as("within their gmina").isEqualTo(total);
        assertThat(search(q, jstId(POWIAT), sphere).total()).as("within their powiat").isEqualTo(total);
        assertThat(search(q, jstId(KLUCZEWSKO), sphere).total()).as("within another gmina").isZero();
        return total;
    }

    private long tableCount(String q, String sphere) {
        String tsQuery = new DirectoryCriteria(q, null, sphere, null).tsQuery();
        return jdbc
            .sql("select count(*) from organization o where o.search_vector @@ to_tsquery('simple', :tsq)"
                    + (sphere == null ? ""
                            : " and exists (select 1 from organization_sphere s join sphere c"
                                    + " on c.code = s.sphere_code where s.organization_id = o.id"
                                    + " and (c.code = :sphere or c.parent_code = :sphere))"))
            .param("tsq", tsQuery)
            .param("sphere", String.valueOf(sphere))
            .query(Long.class)
            .single();
    }

    private OrganizationDirectory.Page search(String q, Long jst, String sphere) {
        return freshSearch(q, jst, sphere, 20);
    }

}
