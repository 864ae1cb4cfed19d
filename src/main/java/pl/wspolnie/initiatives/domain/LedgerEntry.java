package pl.wspolnie.initiatives.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import pl.wspolnie.shared.domain.JstRecord;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One delivered contribution or purchase: who, the day, the hours (social work, valued at
 * the rate in force that day), what, and its value. Entries are never changed.
 */
@Entity
@Immutable
@Table(name = "initiative_ledger_entry")
public class LedgerEntry extends JstRecord {

    @Column(name = "initiative_id")
    private Long initiativeId;

    @Enumerated(EnumType.STRING)
    private LedgerKind kind;

    private String person;

    @Column(name = "done_on")
    private LocalDate doneOn;

    private BigDecimal hours;

    private BigDecimal rate;

    private String description;

    private BigDecimal value;

    @Column(name = "recorded_by")
    private Long recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected LedgerEntry() {
    }

    LedgerEntry(Initiative i, LedgerKind kind, String person, LocalDate doneOn, BigDecimal hours, BigDecimal rate,
            String description, BigDecimal value, long recordedBy, Instant now) {
        super(i.getJstId());
        this.initiativeId = i.getId();
        this.kind = kind;
        this.person = person;
        this.doneOn = doneOn;
        this.hours = hours;
        this.rate = rate;
        this.description = description;
        this.value = value;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    public LedgerKind getKind() {
        return kind;
    }

    public String getPerson() {
        return person;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public BigDecimal getRate() {
        return rate;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getValue() {
        return value;
    }

}
