package pl.wspolnie.competitions;

import org.junit.jupiter.api.Test;
import pl.wspolnie.diagnosis.LijwDiagnosisTest;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.time.LocalDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.wspolnie.shared.time.ClockConfig.WARSAW;

/**
 * Indicators 2.2 (commissions with members nominated by organisations) and 2.6 (grants as
 * a share of the JST's expenditure) computed from records created here, with their
 * drill-downs, and "cannot be computed" when the year has none.
 */
class LijwCompetitionIndicatorsTest extends IntegrationTest {

    private long competition(WebClient official, String title) {
        return AnnouncementTest.createPublished(official, title + " " + TestOrganizations.word(),
                LocalDateTime.now(WARSAW).plusDays(30));
    }

    private Page indicator(WebClient coordinator, String diagnosis, String code) {
        long id = jdbc.sql("select id from lijw_indicator where diagnosis_id = ? and code = ?")
            .params(Long.parseLong(diagnosis.replaceAll("\\D", "")), code)
            .query(Long.class)
            .single();
        Page page = coordinator.get(diagnosis + "/indicators/" + id);
        assertThat(page.status()).isEqualTo(200);
        return page;
    }

    @Test
    void commissionsAppointedInTheYearCountWhenAnOrganisationNominatedAMember() {
        long powiat = jstId(POWIAT);
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        long nominating = organisationRepresentedBy(plainUser(), "Fundacja wskazująca " + TestOrganizations.word(),
                KLUCZEWSKO, true);
        long withNominee = competition(official, "Konkurs z członkiem wskazanym");
        long withoutNominee = competition(official, "Konkurs bez członka wskazanego");
        String csrf = official.get("/competitions/" + withNominee + "/commission").csrf();
        assertThat(official
            .post("/competitions/" + withNominee + "/commission",
                    Map.of("email", userWithRole(Role.COMMISSION_MEMBER, POWIAT)), csrf)
            .status()).isEqualTo(302);
        assertThat(official
            .post("/competitions/" + withNominee + "/commission",
                    Map.of("email", plainUser(), "nominatedBy", "" + nominating), csrf)
            .status()).isEqualTo(302);
        assertThat(official
            .post("/competitions/" + withoutNominee + "/commission",
                    Map.of("email", userWithRole(Role.COMMISSION_MEMBER, POWIAT)), csrf)
            .status()).isEqualTo(302);
        // the commissions sat in 2015 (a year no other test uses)
        jdbc.sql("update commission_member set appointed_at = appointed_at - "
                + "(extract(year from appointed_at) - 2015) * interval '1 year' where competition_id in (?, ?)")
            .params(withNominee, withoutNominee)
            .update();

        WebClient coordinator = loggedIn(userWithRole(Role.LIAISON_OFFICER, POWIAT));
        String diagnosis = LijwDiagnosisTest.open(coordinator, powiat, 2015);
        Page drill = indicator(coordinator, diagnosis, "2.2");
        assertThat(drill.text())
            .contains("Konkurs z członkiem wskazanym", "członkowie komisji 2, wskazani przez organizacje 1",
                    "Konkurs bez członka wskazanego", "członkowie komisji 1, wskazani przez organizacje 0",
                    "Rekordy: 2, spełniających warunek: 1", "Dane 50%", "Ocena proponowana 2")
            .doesNotContain("nie można obliczyć");
        assertThat(drill.body()).contains("href=\"/competitions/" + withNominee + "\"",
                "href=\"/competitions/" + withoutNominee + "\"");

        String empty = LijwDiagnosisTest.open(coordinator, powiat, 2016);
        assertThat(indicator(coordinator, empty, "2.2").text())
            .contains("nie można obliczyć: moduł nie był używany w tym roku");
        assertThat(indicator(coordinator, empty, "2.6").text())
            .contains("nie można obliczyć: nie zapisano wydatków JST");
    }

    private void edition(long jst, int year, String expenditure, String source) {
        jdbc.sql("""
                insert into budget_edition (jst_id, year, title, expenditure, expenditure_source, min_age,
                  choices_per_pool, min_votes, several_areas, submission_from, submission_to, review_from, review_to,
                  appeals_from, appeals_to, voting_from, voting_to, results_from, results_to, implementation_from,
                  implementation_to, created_at)
                values (?, ?, ?, cast(? as numeric), ?, 16, 1, 0, false, '2012-01-01', '2012-01-02', '2012-01-03',
                  '2012-01-04', '2012-01-05', '2012-01-06', '2012-01-07', '2012-01-08', '2012-01-09', '2012-01-10',
                  '2012-01-11', '2012-12-31', now())""")
            .params(jst, year, "Budżet obywatelski " + year, expenditure, source)
            .update();
    }

    private void award(long competition, long organization, String title, String amount, String day) {
        long offer = jdbc.sql("""
                insert into offer (competition_id, task_id, lead_organization_id, title, status, draft, created_by,
                  created_at, updated_at) values (?, ?, ?, ?, 'SUBMITTED', '{}', 1, now(), now()) returning id""")
            .params(competition, CompetitionFixtures.taskId(jdbc, competition), organization, title)
            .query(Long.class)
            .single();
        jdbc.sql("insert into competition_award (offer_id, competition_id, proposed, amount, decided_at) "
                + "values (?, ?, cast(? as numeric), cast(? as numeric), cast(? as timestamptz))")
            .params(offer, competition, amount, amount, day)
            .update();
    }

    @Test
    void grantsOfTheYearAsAShareOfTheExpenditureRecordedInTheNextYearsBudgetEdition() {
        long powiat = jstId(POWIAT);
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        long organization = organisationRepresentedBy(plainUser(),
                "Stowarzyszenie z dotacją " + TestOrganizations.word(), KLUCZEWSKO, true);
        long competition = competition(official, "Konkurs z dotacjami 2012");
        award(competition, organization, "Zadanie pierwsze", "6000.00", "2012-05-10 12:00+02");
        award(competition, organization, "Zadanie drugie", "4000.00", "2012-06-10 12:00+02");
        award(competition, organization, "Zadanie z innego roku", "9000.00", "2011-06-10 12:00+02");
        edition(powiat, 2012, "900000.00", "Sprawozdanie Rb-28S za 2010");
        edition(powiat, 2013, "1000000.00", "Sprawozdanie Rb-28S za 2012");

        WebClient coordinator = loggedIn(userWithRole(Role.LIAISON_OFFICER, POWIAT));
        String diagnosis = LijwDiagnosisTest.open(coordinator, powiat, 2012);
        Page drill = indicator(coordinator, diagnosis, "2.6");
        assertThat(drill.text())
            .contains("Zadanie pierwsze", "Zadanie drugie",
                    "Wydatki JST: Sprawozdanie Rb-28S za 2012 (wpisane w edycji budżetu obywatelskiego 2013)",
                    "Dane 1%", "Ocena proponowana 2")
            .doesNotContain("Zadanie z innego roku", "za 2010", "nie można obliczyć");
        assertThat(drill.body()).contains("href=\"/competitions/" + competition + "\"", "href=\"/budget/");
    }

}
