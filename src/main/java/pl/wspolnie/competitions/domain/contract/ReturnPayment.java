package pl.wspolnie.competitions.domain.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import pl.wspolnie.shared.audit.JstScoped;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The return of a grant as recorded by an official: the amount from the settlement, its
 * deadline, the day it was paid, the interest for late return due then and the sum paid.
 * Once per contract, never changed.
 */
@Entity
@Immutable
@Table(name = "contract_return_payment")
public class ReturnPayment implements JstScoped {

    @Id
    @Column(name = "offer_id")
    private Long offerId;

    @Column(name = "jst_id")
    private Long jstId;

    private BigDecimal amount;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    private BigDecimal interest;

    @Column(name = "paid_amount")
    private BigDecimal paidAmount;

    @Column(name = "recorded_by")
    private Long recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected ReturnPayment() {
    }

    ReturnPayment(Contract contract, BigDecimal amount, LocalDate dueOn, LocalDate paidOn, BigDecimal interest,
            BigDecimal paidAmount, long by, Instant now) {
        this.offerId = contract.getOfferId();
        this.jstId = contract.auditJstId();
        this.amount = amount;
        this.dueOn = dueOn;
        this.paidOn = paidOn;
        this.interest = interest;
        this.paidAmount = paidAmount;
        this.recordedBy = by;
        this.recordedAt = now;
    }

    @Override
    public Long auditJstId() {
        return jstId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public BigDecimal getInterest() {
        return interest;
    }

    public BigDecimal getPaidAmount() {
        return paidAmount;
    }

}
