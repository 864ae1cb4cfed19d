package pl.wspolnie.diagnosis;

import org.junit.jupiter.api.Test;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Indicator 1.5 (programme consulted before adoption) computed from programmes created
 * here: the programmes adopted in the year, counted when consulted, with the drill-down.
 */
class LijwProgrammeIndicatorTest extends IntegrationTest {

    private long adopted(long jst, String title, String day, Long consultation) {
        return jdbc.sql("""
                insert into programme (jst_id, year_from, year_to, title, goals, principles, scope, forms, period,
                  implementation, funds, evaluation, creation, commissions, status, resolution_number,
                  resolution_date, consultation_id, created_at)
                values (?, 2020, 2020, ?, 'c', 'z', 'z', 'f', 'o', 'r', 'f', 'o', 't', 'k', 'ADOPTED', 'XII/1/2019',
                  cast(? as date), ?, now()) returning id""")
            .params(jst, title, day, consultation)
            .query(Long.class)
            .single();
    }

    @Test
    void programmesAdoptedInTheYearCountWhenConsulted() {
        long jst = jstId(KLUCZEWSKO);
        long consultation = jdbc
            .sql("insert into consultation (jst_id, subject, legal_basis, participation, forms, starts_on, ends_on,"
                    + " responsible_person, remarks_public, created_at, created_by) values (?, 'Projekt programu 2020',"
                    + " 'art. 5a', 'NGOS', 'formularz', '2019-10-01', '2019-10-20', 'Jan Kowalski', true, now(), 1)"
                    + " returning id")
            .param(jst)
            .query(Long.class)
            .single();
        long consulted = adopted(jst, "Program współpracy konsultowany", "2019-11-20", consultation);
        adopted(jst, "Program współpracy bez konsultacji", "2019-12-15", null);
        adopted(jst, "Program współpracy z innego roku", "2018-11-20", consultation);

        WebClient coordinator = loggedIn(userWithRole(Role.LIAISON_OFFICER, KLUCZEWSKO));
        String path = LijwDiagnosisTest.open(coordinator, jst, 2019);
        long indicator = jdbc.sql("select id from lijw_indicator where diagnosis_id = ? and code = '1.5'")
            .param(Long.parseLong(path.replaceAll("\\D", "")))
            .query(Long.class)
            .single();
        Page drill = coordinator.get(path + "/indicators/" + indicator);
        assertThat(drill.status()).isEqualTo(200);
        assertThat(drill.text())
            .contains("Program współpracy konsultowany (uchwała XII/1/2019, konsultowany)",
                    "Program współpracy bez konsultacji", "Rekordy: 2, spełniających warunek: 1", "Dane 1",
                    "Ocena proponowana 3")
            .doesNotContain("z innego roku", "nie można obliczyć");
        assertThat(drill.body()).contains("href=\"/programmes/" + consulted + "\"");
    }

}
