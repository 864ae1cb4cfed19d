package pl.wspolnie.initiatives.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import pl.wspolnie.shared.domain.JstRecord;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The value of one hour of the residents' social work from a date, with its source (the
 * resolution or the order of the executive that sets it): a change is a new row, never an
 * edit, so contributions valued earlier keep their rate.
 */
@Entity
@Immutable
@Table(name = "initiative_hourly_rate")
public class HourlyRate extends JstRecord {

    @Column(name = "valid_from")
    private LocalDate validFrom;

    private BigDecimal rate;

    private String source;

    @Column(name = "created_at")
    private Instant createdAt;

    protected HourlyRate() {
    }

    HourlyRate(long jstId, LocalDate validFrom, BigDecimal rate, String source, Instant now) {
        super(jstId);
        this.validFrom = validFrom;
        this.rate = rate;
        this.source = source;
        this.createdAt = now;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public BigDecimal getRate() {
        return rate;
    }

    public String getSource() {
        return source;
    }

}
