package pl.wspolnie.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/** A term of the agreement's Council: from its first to its last day. */
@Entity
@Table(name = "governance_council_term")
public class Term {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "agreement_id", updatable = false)
    private Long agreementId;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Term() {
    }

    Term(long agreementId, LocalDate startsOn, LocalDate endsOn, Instant at) {
        this.agreementId = agreementId;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.createdAt = at;
    }

    public boolean includes(LocalDate day) {
        return !startsOn.isAfter(day) && !endsOn.isBefore(day);
    }

    public Long getId() {
        return id;
    }

    public Long getAgreementId() {
        return agreementId;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

}
