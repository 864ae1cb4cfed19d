package pl.wspolnie.programme.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import pl.wspolnie.shared.domain.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Art. 5a ust. 1: a programme is adopted after its consultation was closed with a report,
 * by 30 November of the year before its period, with a resolution not from the future.
 * Today is 2026-11-20, the programme is for 2027, its consultation ended 2026-10-31.
 */
class ProgrammeAdoptionRuleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private static final LocalDate DEADLINE = LocalDate.of(2026, 11, 30);

    @ParameterizedTest(name = "{0}, resolution {1} → {2}")
    @CsvSource({ "none, 2026-11-20, programme.adopt.notConsulted", "open, 2026-11-20, programme.adopt.consultationOpen",
            "closed, 2026-11-21, programme.adopt.dateInFuture",
            "closed, 2026-10-31, programme.adopt.dateBeforeConsultationEnd",
            "closed, 2026-10-15, programme.adopt.dateBeforeConsultationEnd", "closed, 2026-11-01, ok",
            "closed, 2026-11-20, ok" })
    void adoptionNeedsAClosedConsultationAndADateInTime(String consultation, LocalDate date, String expected) {
        Programme p = draft(2027);
        Programme.ConsultationState state = switch (consultation) {
            case "none" -> null;
            case "open" -> new Programme.ConsultationState(LocalDate.of(2026, 10, 31), false);
            default -> new Programme.ConsultationState(LocalDate.of(2026, 10, 31), true);
        };
        if (expected.equals("ok")) {
            p.adopt("XII/1/2026", date, state, TODAY, DEADLINE);
            assertThat(p.getStatus()).isEqualTo(Programme.Status.ADOPTED);
        }
        else {
            assertThatThrownBy(() -> p.adopt("XII/1/2026", date, state, TODAY, DEADLINE))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo(expected));
            assertThat(p.getStatus()).isEqualTo(Programme.Status.DRAFT);
        }
    }

    @ParameterizedTest(name = "resolution {0} with deadline 30.11.2026 → {1}")
    @CsvSource({ "2026-11-30, ok", "2026-12-01, programme.adopt.dateAfterDeadline" })
    void theResolutionIsAdoptedByThirtiethNovemberOfTheYearBefore(LocalDate date, String expected) {
        Programme p = draft(2027);
        Programme.ConsultationState closed = new Programme.ConsultationState(LocalDate.of(2026, 10, 31), true);
        LocalDate today = LocalDate.of(2026, 12, 5);
        if (expected.equals("ok")) {
            p.adopt("XII/1/2026", date, closed, today, DEADLINE);
            assertThat(p.getResolutionDate()).isEqualTo(date);
        }
        else {
            assertThatThrownBy(() -> p.adopt("XII/1/2026", date, closed, today, DEADLINE))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(expected);
                    assertThat(e.field()).isEqualTo("resolutionDate");
                    assertThat(e.args()).containsExactly("30.11.2026");
                });
        }
    }

    private static Programme draft(int year) {
        return new Programme(1L,
                new ProgrammeParts("Program", year, year, "a", "b", "c", "d", "e", "f", "g", "h", "i", "j"),
                Instant.EPOCH);
    }

}
