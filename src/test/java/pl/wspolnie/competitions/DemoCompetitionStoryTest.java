package pl.wspolnie.competitions;

import org.junit.jupiter.api.Test;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo data: the official urzednik@wspolnie.demo sees a decided competition with a
 * signed contract and a submitted final report to review; ngo@wspolnie.demo sees them as
 * the offeror; the seeded version passes the checksum check.
 */
class DemoCompetitionStoryTest extends IntegrationTest {

    @Test
    void theDemoOfficialHasAContractAndAFinalReportToReview() {
        long offerId = jdbc.sql("select id from offer where title = 'Warsztaty haftu i wycinanki w świetlicy'")
            .query(Long.class)
            .single();
        long reportId = jdbc.sql("select id from competition_report where offer_id = ?")
            .param(offerId)
            .query(Long.class)
            .single();
        WebClient official = loggedIn("urzednik@wspolnie.demo");

        Page contract = official.get("/offers/" + offerId + "/contract");
        assertThat(contract.status()).isEqualTo(200);
        assertThat(contract.text()).contains("Zawarta umowa", "U/DEMO/1", "5\u00a0200,00 zł");
        Page report = official.get("/reports/" + reportId);
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.text()).contains("Złożone", "Zorganizowano dwanaście", "Brak odchyleń", "Zapisz decyzję",
                "Dokumenty a kosztorys");
        assertThat(report.body()).contains("value=\"FV 21/");
        assertThat(official.get("/competitions/reports/overdue").text()).doesNotContain("U/DEMO/1");

        Page competition = official.get(jdbc.sql("select '/competitions/' || competition_id from offer where id = ?")
            .param(offerId)
            .query(String.class)
            .single());
        assertThat(competition.text()).contains("Wyniki konkursu", "Warsztaty haftu i wycinanki w świetlicy");
        assertThat(official.get("/competitions/"
                + jdbc.sql("select competition_id from offer where id = ?").param(offerId).query(Long.class).single()
                + "/ranking")
            .text()).contains("48,00");

        WebClient ngo = loggedIn("ngo@wspolnie.demo");
        assertThat(ngo.get("/reports/" + reportId).text()).contains("Złożone");
        String checksum = jdbc.sql("select checksum from offer_version where offer_id = ?")
            .param(offerId)
            .query(String.class)
            .single();
        assertThat(visitor().get("/offers/verify?checksum=" + checksum.substring(0, 12)).text())
            .contains("Warsztaty haftu i wycinanki w świetlicy");
    }

}
