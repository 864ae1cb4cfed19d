package pl.wspolnie.competitions.domain.contract;

import java.time.LocalDate;

/**
 * A row of the list of overdue final reports: the contract (its id is the offer's), the
 * offer's title, the task's end in force.
 */
public record OverdueContract(long offerId, String number, String offerTitle, LocalDate endsOn) {
}
