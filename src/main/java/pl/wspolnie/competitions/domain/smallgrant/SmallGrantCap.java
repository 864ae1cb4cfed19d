package pl.wspolnie.competitions.domain.smallgrant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A limit of art. 19a in force from a date, with the provision it comes from. A change of
 * the law is a new row from its date; a row is never changed.
 */
@Entity
@Immutable
@Table(name = "small_grant_cap")
public class SmallGrantCap {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private CapKind kind;

    private BigDecimal value;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    private String source;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    protected SmallGrantCap() {
    }

    SmallGrantCap(CapKind kind, BigDecimal value, LocalDate validFrom, String source, long createdBy, Instant now) {
        this.kind = kind;
        this.value = value;
        this.validFrom = validFrom;
        this.source = source;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public CapKind getKind() {
        return kind;
    }

    public BigDecimal getValue() {
        return value;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public String getSource() {
        return source;
    }

}
