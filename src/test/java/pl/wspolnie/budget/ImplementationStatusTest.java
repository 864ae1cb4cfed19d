package pl.wspolnie.budget;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import pl.wspolnie.budget.domain.implementation.ImplementationStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** The allowed changes of an implementation's status, in one table. */
class ImplementationStatusTest {

    @ParameterizedTest
    @CsvSource({ "PLANNED, PREPARATION, true", "PLANNED, IN_PROGRESS, true", "PLANNED, COMPLETED, false",
            "PLANNED, NOT_IMPLEMENTED, true", "PREPARATION, PLANNED, true", "PREPARATION, COMPLETED, false",
            "IN_PROGRESS, COMPLETED, true", "IN_PROGRESS, PLANNED, false", "IN_PROGRESS, NOT_IMPLEMENTED, true",
            "COMPLETED, IN_PROGRESS, true", "COMPLETED, NOT_IMPLEMENTED, false", "COMPLETED, PLANNED, false",
            "NOT_IMPLEMENTED, PLANNED, true", "NOT_IMPLEMENTED, IN_PROGRESS, false", "COMPLETED, COMPLETED, true" })
    void movesAllowedFromEachStatus(ImplementationStatus from, ImplementationStatus to, boolean allowed) {
        assertThat(from.mayMoveTo(to)).isEqualTo(allowed);
    }

}
