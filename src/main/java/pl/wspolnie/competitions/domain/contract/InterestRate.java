package pl.wspolnie.competitions.domain.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The yearly rate of interest for a late return of a grant (as for tax arrears) from a
 * day on; a new row is added when the rate changes, a row is never edited.
 */
@Entity
@Immutable
@Table(name = "competition_interest_rate")
public class InterestRate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    private BigDecimal rate;

    private String source;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    protected InterestRate() {
    }

    InterestRate(LocalDate validFrom, BigDecimal rate, String source, long createdBy, Instant now) {
        this.validFrom = validFrom;
        this.rate = rate;
        this.source = source;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    /** Percent a year. */
    public BigDecimal getRate() {
        return rate;
    }

    public String getSource() {
        return source;
    }

    /**
     * When the platform administrator added it (null for the rows seeded by migration).
     */
    public Instant getCreatedAt() {
        return createdAt;
    }

}
