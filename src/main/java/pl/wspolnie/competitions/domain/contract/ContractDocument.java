package pl.wspolnie.competitions.domain.contract;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * Terms of the framework contract computed from its data: when an unused grant is to be
 * returned (art. 251 of the public finance act).
 */
final class ContractDocument {

    private ContractDocument() {
    }

    /**
     * The last day to return the unused grant: 15 days after the end of the task (art.
     * 251 ust. 2 ufp: the contract sets a use date before 31 December), or by 31 January
     * of the next year when the task ends on 31 December (art. 251 ust. 1 ufp).
     */
    static LocalDate returnBy(LocalDate taskEnd) {
        return MonthDay.from(taskEnd).equals(MonthDay.of(12, 31)) ? taskEnd.plusDays(31) : taskEnd.plusDays(15);
    }

    /** The message key of the rule {@link #returnBy} applied. */
    static String returnRule(LocalDate taskEnd) {
        return MonthDay.from(taskEnd).equals(MonthDay.of(12, 31)) ? "competitions.pdf.contract.return.yearEnd"
                : "competitions.pdf.contract.return.days15";
    }

}
