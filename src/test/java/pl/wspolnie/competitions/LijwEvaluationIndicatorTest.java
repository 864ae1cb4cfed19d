package pl.wspolnie.competitions;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.competitions.domain.contract.TaskEvaluations;
import pl.wspolnie.diagnosis.LijwDiagnosisTest;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evaluation figure of issue 19 point 3 in the cooperation quality index: a JST adds
 * its own computed indicator on the measure {@code contracts.evaluated}; a contract whose
 * task ended in the year and was evaluated by 3 beneficiaries here shows in its
 * drill-down, counted.
 */
class LijwEvaluationIndicatorTest extends AwardedOfferTest {

    @Autowired
    TaskEvaluations evaluations;

    @Test
    void aJstAddsTheEvaluatedContractsIndicatorAndTheContractEvaluatedHereShowsInItsDrillDown() {
        Awarded a = contracted();
        long ngoUser = jdbc.sql("select id from user_account where email = ?")
            .param(a.ngoEmail())
            .query(Long.class)
            .single();
        long officialId = jdbc.sql("select created_by from competition where id = ?")
            .param(a.competitionId())
            .query(Long.class)
            .single();
        Map<Integer, String> answer = Map.of(1, "4", 2, "5", 5, "0");
        evaluations.seed(a.offerId(), officialId, ngoUser, List.of(answer, answer, answer));
        // the task ended in 2014 (a year no other test uses)
        jdbc.sql(
                "update competition_contract set period_from = '2014-03-01', period_to = '2014-11-30', ends_on = '2014-11-30' "
                        + "where offer_id = ?")
            .param(a.offerId())
            .update();

        WebClient coordinator = loggedIn(userWithRole(Role.LIAISON_OFFICER, POWIAT));
        String diagnosis = LijwDiagnosisTest.open(coordinator, jstId(POWIAT), 2014);
        Page form = coordinator.get(diagnosis + "/indicators/new");
        assertThat(form.text()).contains("Umowy zakończone w roku z ewaluacją uczestników");
        Map<String, String> f = new HashMap<>(LijwDiagnosisTest.indicatorForm("Zadania oceniane przez uczestników", "2",
                "COMPUTED", true, "1", "3", "10"));
        Page noMeasure = coordinator.post(diagnosis + "/indicators/new", f, form.csrf());
        assertThat(noMeasure.status()).isEqualTo(422);
        assertThat(noMeasure.text()).contains("Wybierz dane z rejestrów platformy");
        f.put("measure", "contracts.evaluated");
        f.put("aggregate", "COUNT");
        assertThat(coordinator.post(diagnosis + "/indicators/new", f, form.csrf()).status()).isEqualTo(302);

        long indicator = jdbc
            .sql("select id from lijw_indicator where diagnosis_id = ? and measure = 'contracts.evaluated'")
            .param(Long.parseLong(diagnosis.replaceAll("\\D", "")))
            .query(Long.class)
            .single();
        Page drill = coordinator.get(diagnosis + "/indicators/" + indicator);
        assertThat(drill.status()).isEqualTo(200);
        assertThat(drill.text())
            .contains("Zadania oceniane przez uczestników", "umowa U/" + a.offerId(), "odpowiedzi uczestników: 3",
                    "Rekordy: 1, spełniających warunek: 1", "Dane 1", "Ocena proponowana 1")
            .doesNotContain("nie można obliczyć");
        assertThat(drill.body()).contains("href=\"/offers/" + a.offerId() + "/evaluation\"");
    }

}
