package pl.wspolnie.budget.domain;

import java.time.LocalDate;

/** One phase of the timeline, both days included. */
public record PhaseDates(Phase phase, LocalDate from, LocalDate to) {

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

}
