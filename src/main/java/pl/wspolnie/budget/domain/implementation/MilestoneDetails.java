package pl.wspolnie.budget.domain.implementation;

import java.time.LocalDate;

/** A milestone as the coordinator enters it; {@code doneOn} is null until it is done. */
public record MilestoneDetails(String title, LocalDate plannedOn, LocalDate doneOn, String description) {
}
