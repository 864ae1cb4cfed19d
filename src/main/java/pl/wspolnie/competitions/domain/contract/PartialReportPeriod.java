package pl.wspolnie.competitions.domain.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import pl.wspolnie.shared.domain.JstRecord;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A period for which the contract asks a partial report, and the day by which it is due
 * (typed on the contract form at signing); reminded once before the day like the final
 * report.
 */
@Entity
@Table(name = "competition_contract_partial_period")
public class PartialReportPeriod extends JstRecord {

    @Column(name = "offer_id")
    private Long offerId;

    private int position;

    @Column(name = "period_from")
    private LocalDate periodFrom;

    @Column(name = "period_to")
    private LocalDate periodTo;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "reminder_sent_at")
    private Instant reminderSentAt;

    protected PartialReportPeriod() {
    }

    PartialReportPeriod(long offerId, long jstId, int position, LocalDate periodFrom, LocalDate periodTo,
            LocalDate dueOn) {
        super(jstId);
        this.offerId = offerId;
        this.position = position;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.dueOn = dueOn;
    }

    void reminded(Instant now) {
        reminderSentAt = now;
    }

    public Long getOfferId() {
        return offerId;
    }

    /** 1, 2, … in the order of the contract. */
    public int getPosition() {
        return position;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

}
