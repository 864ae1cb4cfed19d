package pl.wspolnie.budget.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What a voter fills in: identity for the eligibility check (never stored as such), the
 * declaration of residence and the chosen projects.
 */
public record Vote(String pesel, LocalDate birthDate, boolean resident, List<Long> choices) {

    public Vote {
        choices = choices == null ? List.of() : choices.stream().distinct().toList();
    }

}
