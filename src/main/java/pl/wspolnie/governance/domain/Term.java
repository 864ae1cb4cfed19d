package pl.wspolnie.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** A term of the agreement's Council: from its first to its last day. */
@Entity
@Table(name = "governance_council_term")
public class Term extends AgreementRecord {

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    protected Term() {
    }

    Term(long agreementId, LocalDate startsOn, LocalDate endsOn, Instant at) {
        super(agreementId);
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.createdAt = at;
    }

    public boolean includes(LocalDate day) {
        return !startsOn.isAfter(day) && !endsOn.isBefore(day);
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

}
