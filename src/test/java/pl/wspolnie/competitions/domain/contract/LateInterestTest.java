package pl.wspolnie.competitions.domain.contract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Interest for a late return, one row per case (the rates change on 8 May 2025). */
class LateInterestTest {

    static final List<LateInterest.Rate> RATES = List.of(
            new LateInterest.Rate(LocalDate.parse("2023-10-05"), new BigDecimal("14.50")),
            new LateInterest.Rate(LocalDate.parse("2025-05-08"), new BigDecimal("13.50")));

    @ParameterizedTest(name = "{0} zł due {1} paid {2} → {3}")
    @CsvSource({
            // paid on the deadline or before: none
            "1000.00, 2025-01-15, 2025-01-15, 0.00", "1000.00, 2025-01-15, 2025-01-10, 0.00",
            // one day: 0,40 zł rounds to nothing
            "1000.00, 2025-01-15, 2025-01-16, 0.00",
            // 100 days at 14,5 %: 39,73 → 40 zł
            "1000.00, 2024-01-15, 2024-04-24, 40.00",
            // 6 days at 14,5 % and 13 days at 13,5 %: 71,92 → 72 zł
            "10000.00, 2025-05-01, 2025-05-20, 72.00",
            // days before the first rate bear none: 6 days at 14,5 % → 2 zł
            "1000.00, 2020-01-01, 2023-10-10, 2.00",
            // 3 days: 5000 × 14,5 % × 3 / 365 = 5,96 → 6 zł
            "5000.00, 2024-03-01, 2024-03-04, 6.00" })
    void interestForEachDayLateRoundedToFullZloty(String amount, String due, String paid, String interest) {
        assertThat(LateInterest.of(new BigDecimal(amount), LocalDate.parse(due), LocalDate.parse(paid), RATES))
            .isEqualByComparingTo(interest);
    }

}
