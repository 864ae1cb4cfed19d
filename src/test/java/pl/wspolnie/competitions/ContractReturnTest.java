package pl.wspolnie.competitions;

import org.junit.jupiter.api.Test;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.shared.text.Formats;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.wspolnie.shared.time.ClockConfig.WARSAW;

/**
 * The return of a grant after the settlement (issue 19, point 5): the amount from the
 * settlement, the deadline of art. 251, the interest for a late return from the dated
 * rates, the payment recorded once (409 the second time), by the official only.
 */
class ContractReturnTest extends AwardedOfferTest {

    @Test
    void theSettledAmountIsDueWithInterestWhenLateAndIsPaidOnce() {
        Awarded a = contracted();
        String returnPage = "/offers/" + a.offerId() + "/contract/return";
        assertThat(a.official().get(returnPage).status()).as("nothing settled yet").isEqualTo(404);
        settledFinalReport(a);

        // Settled: 272,73 zł to return 15 days after the task's end.
        LocalDate end = a.from().plusMonths(6);
        LocalDate due = end.getMonthValue() == 12 && end.getDayOfMonth() == 31 ? end.plusDays(31) : end.plusDays(15);
        Formats fmt = new Formats();
        assertThat(a.ngo().get("/offers/" + a.offerId() + "/contract").text())
            .contains("Do zwrotu 272,73 zł do " + fmt.date(due));
        Page onTime = a.official().get(returnPage);
        assertThat(onTime.text()).contains("272,73 zł", fmt.date(due), "Odsetki za zwłokę na dziś 0,00 zł");

        // 100 days late at 12 % a year: 272,73 × 12 % × 100 / 365 = 8,97 → 9 zł.
        LocalDate late = due.plusDays(100);
        clock.advance(Duration.between(clock.instant(), late.atTime(10, 0).atZone(WARSAW).toInstant()));
        Page page = a.official().get(returnPage);
        assertThat(page.text()).contains("Odsetki za zwłokę na dziś 9,00 zł", "Razem do zapłaty dziś 281,73 zł");
        assertThat(a.ngo().get(returnPage).text()).doesNotContain("Zapisz wpłatę");
        Map<String, String> payment = Map.of("paidOn", late.toString(), "paidAmount", "272,73");
        Page tooLow = a.official().post(returnPage, payment, page.csrf());
        assertThat(tooLow.status()).isEqualTo(422);
        assertThat(tooLow.text())
            .contains("Wpłata nie pokrywa należności 281,73 zł (zwrot 272,73 zł i odsetki 9,00 zł)");
        Page future = a.official()
            .post(returnPage, Map.of("paidOn", late.plusDays(1).toString(), "paidAmount", "300"), page.csrf());
        assertThat(future.text()).contains("Dzień wpłaty nie może być późniejszy niż dziś");

        // Only the official records it, once.
        Map<String, String> paid = Map.of("paidOn", late.toString(), "paidAmount", "281,73");
        assertThat(a.ngo().post(returnPage, paid, a.ngo().get(returnPage).csrf()).status()).isEqualTo(403);
        assertThat(a.official().post(returnPage, paid, page.csrf()).status()).isEqualTo(302);
        assertThat(a.official().post(returnPage, paid, page.csrf()).status()).as("paid twice").isEqualTo(409);
        assertThat(a.ngo().get(returnPage).text()).contains("Dzień wpłaty " + fmt.date(late),
                "Odsetki za zwłokę 9,00 zł", "Wpłacona kwota (zł) 281,73 zł");
        assertThat(jdbc.sql("select count(*) from audit_log where entity_type like '%ReturnPayment' and entity_id = ?")
            .param(String.valueOf(a.offerId()))
            .query(Long.class)
            .single()).isEqualTo(1);

        WebClient stranger = loggedIn(plainUser());
        assertThat(stranger.get(returnPage).status()).isEqualTo(403);
    }

    @Test
    void aRateAddedThroughTheFormIsUsedForTheDaysFromItsFirstDay() {
        Awarded a = contracted();
        String report = "/reports/" + settledFinalReport(a);
        String returnPage = "/offers/" + a.offerId() + "/contract/return";
        assertThat(a.official().get(report).text()).contains("272,73 zł");

        // The administrator adds 24 % from 1.03.2080 (far from every other test's dates).
        WebClient admin = loggedIn(userWithRole(Role.PLATFORM_ADMIN, null));
        LocalDate newRate = LocalDate.of(2080, 3, 1);
        Page rates = admin.get("/competitions/interest-rates");
        assertThat(admin
            .post("/competitions/interest-rates", Map.of("validFrom", newRate.toString(), "rate", "24", "source",
                    "Obwieszczenie testowe o stawce od 1.03.2080"), rates.csrf())
            .status()).isEqualTo(302);

        // The task's end in force 15.01.2080: the return is due 30.01.2080, paid on
        // 30.03.2080 — 60 days late, 31.01–29.02 (30 days, 2080 is a leap year) at 12 %
        // and
        // 1.03–30.03 (30 days) at 24 %: 272,73 × (12 × 30 + 24 × 30) / 100 / 365 =
        // 272,73 × 1080 / 36 500 = 8,07 → 8 zł (at 12 % only it would be 5 zł, at 24 %
        // only 11 zł).
        jdbc.sql("update competition_contract set ends_on = ? where offer_id = ?")
            .params(LocalDate.of(2080, 1, 15), a.offerId())
            .update();
        LocalDate paidOn = LocalDate.of(2080, 3, 30);
        clock.advance(Duration.between(clock.instant(), paidOn.atTime(10, 0).atZone(WARSAW).toInstant()));
        Page page = a.official().get(returnPage);
        assertThat(page.text()).contains("30.01.2080", "Odsetki za zwłokę na dziś 8,00 zł",
                "Razem do zapłaty dziś 280,73 zł");
        assertThat(a.official()
            .post(returnPage, Map.of("paidOn", paidOn.toString(), "paidAmount", "280,73"), page.csrf())
            .status()).isEqualTo(302);
        assertThat(jdbc.sql("select interest from contract_return_payment where offer_id = ?")
            .param(a.offerId())
            .query(BigDecimal.class)
            .single()).isEqualByComparingTo("8.00");
    }

    /** The final report submitted and accepted with 272,73 zł to return; its id. */
    private static long settledFinalReport(Awarded a) {
        Page contract = a.ngo().get("/offers/" + a.offerId() + "/contract");
        Page started = a.ngo().post("/offers/" + a.offerId() + "/reports", Map.of("kind", "FINAL"), contract.csrf());
        String report = started.location().replaceAll(".*(/reports/\\d+).*", "$1");
        assertThat(a.ngo()
            .post(report, ReportTest.report(a, "Osiem spotkań warsztatowych.", "40"), a.ngo().get(report).csrf())
            .status()).isEqualTo(302);
        assertThat(a.official()
            .post(report + "/decision", Map.of("result", "ACCEPTED"), a.official().get(report).csrf())
            .status()).isEqualTo(302);
        return Long.parseLong(report.replaceAll(".*/", ""));
    }

}
