package pl.wspolnie.calendar;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import pl.wspolnie.shared.calendar.PolishHolidays;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The statutory holidays, the movable ones computed from Easter. */
class PolishHolidaysTest {

    @ParameterizedTest
    @CsvSource({ "2026-01-01, NEW_YEAR", "2026-01-06, EPIPHANY", "2026-04-05, EASTER", "2026-04-06, EASTER_MONDAY",
            "2026-05-01, LABOUR_DAY", "2026-05-03, CONSTITUTION_DAY", "2026-05-24, PENTECOST",
            "2026-06-04, CORPUS_CHRISTI", "2026-08-15, ASSUMPTION", "2026-11-01, ALL_SAINTS",
            "2026-11-11, INDEPENDENCE_DAY", "2026-12-24, CHRISTMAS_EVE", "2026-12-25, CHRISTMAS",
            "2026-12-26, SECOND_DAY_OF_CHRISTMAS", "2027-03-29, EASTER_MONDAY", "2027-05-27, CORPUS_CHRISTI",
            "2025-04-21, EASTER_MONDAY", "2025-06-19, CORPUS_CHRISTI", "2024-04-01, EASTER_MONDAY",
            "2024-05-30, CORPUS_CHRISTI", "2038-04-26, EASTER_MONDAY" })
    void holidays(LocalDate date, PolishHolidays.Holiday holiday) {
        assertThat(PolishHolidays.on(date)).contains(holiday);
    }

    @ParameterizedTest
    @CsvSource({ "2026-04-07", "2026-06-05", "2026-05-02", "2026-12-27", "2024-12-24", "2026-04-04", "2027-03-30" })
    void workingDays(LocalDate date) {
        assertThat(PolishHolidays.on(date)).isEmpty();
    }

}
