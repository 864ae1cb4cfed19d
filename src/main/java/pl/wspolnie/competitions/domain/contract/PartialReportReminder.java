package pl.wspolnie.competitions.domain.contract;

import java.time.LocalDate;

/** A partial report the contract asks for is due soon and not yet submitted. */
public record PartialReportReminder(long offerId, LocalDate periodFrom, LocalDate periodTo, LocalDate dueOn) {
}
