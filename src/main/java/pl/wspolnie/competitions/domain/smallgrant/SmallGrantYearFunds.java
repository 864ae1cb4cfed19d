package pl.wspolnie.competitions.domain.smallgrant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import pl.wspolnie.shared.audit.JstScoped;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The funds a JST plans in its budget for a year for public tasks carried out by NGOs:
 * the base of the share small grants may use (art. 19a ust. 7), entered by its official.
 */
@Entity
@Table(name = "small_grant_year_funds")
public class SmallGrantYearFunds implements JstScoped {

    /** The JST and the year. */
    @Embeddable
    public record Key(@Column(name = "jst_id") Long jstId,
            @Column(name = "year") Integer year) implements Serializable {
    }

    @EmbeddedId
    private Key key;

    private BigDecimal amount;

    @Column(name = "recorded_by")
    private Long recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Version
    private long version;

    protected SmallGrantYearFunds() {
    }

    SmallGrantYearFunds(long jstId, int year) {
        this.key = new Key(jstId, year);
    }

    void record(BigDecimal amount, long officialId, Instant now) {
        this.amount = amount;
        this.recordedBy = officialId;
        this.recordedAt = now;
    }

    @Override
    public Long auditJstId() {
        return key.jstId();
    }

    public int getYear() {
        return key.year();
    }

    public BigDecimal getAmount() {
        return amount;
    }

}
