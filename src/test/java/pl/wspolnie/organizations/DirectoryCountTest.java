package pl.wspolnie.organizations;

import org.junit.jupiter.api.Test;
import pl.wspolnie.organizations.domain.OrganizationDirectory;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directory's totals without a text or sphere filter come from the per-gmina counts
 * (V8), kept by a trigger: they stay exact when an organisation is registered, moves to
 * another gmina or is removed.
 */
class DirectoryCountTest extends DirectoryIntegrationTest {

    @Test
    void totalsFollowRegistrationMoveAndRemoval() {
        long secemin = jstId(SECEMIN);
        long kluczewsko = jstId(KLUCZEWSKO);
        long all = total(null);
        long inSecemin = total(secemin);
        long inKluczewsko = total(kluczewsko);
        long inPowiat = total(jstId(POWIAT));

        long id = seeding.ensure(TestOrganizations.details("Stowarzyszenie Liczone " + TestOrganizations.word(),
                secemin, List.of("kultura"), "Opis"), null, false, false);
        assertThat(total(null)).isEqualTo(all + 1);
        assertThat(total(secemin)).isEqualTo(inSecemin + 1);
        assertThat(total(jstId(POWIAT))).as("a powiat adds up its gminas").isEqualTo(inPowiat + 1);

        jdbc.sql("update organization set gmina_id = ? where id = ?").params(kluczewsko, id).update();
        assertThat(total(secemin)).isEqualTo(inSecemin);
        assertThat(total(kluczewsko)).isEqualTo(inKluczewsko + 1);
        assertThat(total(null)).isEqualTo(all + 1);

        jdbc.sql("delete from organization_sphere where organization_id = ?").param(id).update();
        jdbc.sql("delete from organization_membership where organization_id = ?").param(id).update();
        jdbc.sql("delete from organization where id = ?").param(id).update();
        assertThat(total(kluczewsko)).isEqualTo(inKluczewsko);
        assertThat(total(null)).isEqualTo(all);
        assertThat(jdbc.sql("select count(*) from organization").query(Long.class).single())
            .as("the kept counts add up to the table")
            .isEqualTo(total(null));
    }

    private long total(Long jst) {
        OrganizationDirectory.Page page = freshSearch(null, jst, null, 1);
        assertThat(page.totalIsLowerBound()).isFalse();
        return page.total();
    }

}
