package pl.wspolnie.competitions.domain.contract;

import java.time.LocalDate;

/** The final report of a contract is due soon and not yet submitted. */
public record FinalReportReminder(long offerId, LocalDate dueOn) {
}
