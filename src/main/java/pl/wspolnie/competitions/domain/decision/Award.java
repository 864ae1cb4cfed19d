package pl.wspolnie.competitions.domain.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The executive's decision on one offer: the amount (a change from the commission's
 * proposal is justified).
 */
@Entity
@Immutable
@Table(name = "competition_award")
public class Award {

    @Id
    @Column(name = "offer_id")
    private Long offerId;

    @Column(name = "competition_id")
    private Long competitionId;

    private BigDecimal proposed;

    private BigDecimal amount;

    private String justification;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected Award() {
    }

    public Award(long offerId, long competitionId, BigDecimal proposed, BigDecimal amount, String justification,
            Instant now) {
        this.offerId = offerId;
        this.competitionId = competitionId;
        this.proposed = proposed;
        this.amount = amount;
        this.justification = justification;
        this.decidedAt = now;
    }

    public Long getOfferId() {
        return offerId;
    }

    public BigDecimal getProposed() {
        return proposed;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getJustification() {
        return justification;
    }

}
