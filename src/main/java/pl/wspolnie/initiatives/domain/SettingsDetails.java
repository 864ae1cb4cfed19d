package pl.wspolnie.initiatives.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The settings of a JST's council resolution as the official enters them: the criteria in
 * order, the first being the residents' contribution; the rounds (used when the intake is
 * in rounds). A criterion or round left blank is left out.
 */
public record SettingsDetails(String resolution, Integer minGroupSize, Intake intake, List<CriterionInput> criteria,
        List<RoundInput> rounds) {

    /** A criterion's row of the form (nulls for what was not typed). */
    public record CriterionInput(String name, Integer weight, Integer maxPoints) {

        boolean blank() {
            return (name == null || name.isBlank()) && weight == null && maxPoints == null;
        }

    }

    /** A round's row of the form. */
    public record RoundInput(LocalDate opensOn, LocalDate closesOn) {

        boolean blank() {
            return opensOn == null && closesOn == null;
        }

    }

}
