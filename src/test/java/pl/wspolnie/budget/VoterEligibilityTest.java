package pl.wspolnie.budget;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import pl.wspolnie.budget.domain.Pesel;
import pl.wspolnie.budget.domain.VoterEligibility;
import pl.wspolnie.shared.domain.RuleViolation;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.List;

/**
 * Who may vote, one row per case including the limits that still pass: the birth date a
 * PESEL encodes in each century, the check digit, the entered birth date, the minimum age
 * on the voting day and the declaration of residence.
 */
class VoterEligibilityTest {

    private static final LocalDate VOTING_DAY = LocalDate.of(2026, 6, 15);

    @ParameterizedTest
    @CsvSource({ "44051401359, 1944-05-14", "02070803628, 1902-07-08", "02270812343, 2002-07-08",
            "10320100007, 2010-12-01", "85811500006, 1885-01-15", "44051401358, ''", "4405140135, ''",
            "44133101357, ''", "02223012349, ''" })
    void theBirthDateAPeselEncodes(String pesel, String born) {
        assertThat(Pesel.birthDate(pesel))
            .isEqualTo(born.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(born)));
    }

    @ParameterizedTest
    @CsvSource({
            // PESEL, entered birth date, resident, minimum age, expected message or empty
            "02270812343, 2002-07-08, true, 16, ''", "02270812343, 2002-07-08, false, 16, budget.vote.notResident",
            "02270812344, 2002-07-08, true, 16, budget.vote.peselInvalid",
            // 16 on the voting day
            "02270812343, 2002-07-09, true, 16, budget.vote.birthDateMismatch", "10261501235, 2010-06-15, true, 16, ''",
            "10261601232, 2010-06-16, true, 16, budget.vote.tooYoung", // 16 the day after
            "10261601232, 2010-06-16, true, 0, ''", "25261501239, 2025-06-15, true, 0, ''" })
    void theRulesOfEligibility(String pesel, String born, boolean resident, int minAge, String expected) {
        var violations = VoterEligibility.check(pesel, LocalDate.parse(born), resident, minAge, VOTING_DAY);
        assertThat(violations.stream().map(RuleViolation::messageKey).toList())
            .isEqualTo(expected.isEmpty() ? List.of() : List.of(expected));
    }

}
