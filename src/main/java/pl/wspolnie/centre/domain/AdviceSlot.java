package pl.wspolnie.centre.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import pl.wspolnie.shared.domain.RuleViolation;

/**
 * A time an adviser offers for advice. The database refuses overlapping slots of one
 * adviser.
 */
@Entity
@Table(name = "centre_advice_slot")
public class AdviceSlot extends CentreRecord {

    @Column(name = "adviser_id", nullable = false, updatable = false)
    private Long adviserId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Specialty specialty;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(nullable = false)
    private String place;

    @Column(nullable = false)
    private boolean cancelled;

    @Version
    private long version;

    protected AdviceSlot() {
    }

    AdviceSlot(long centreId, long adviserId, Specialty specialty, Instant startsAt, Instant endsAt, String place) {
        super(centreId);
        this.adviserId = adviserId;
        this.specialty = specialty;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.place = place == null ? "" : place;
    }

    /**
     * Staff withdraw a free slot: it leaves the list of free slots and cannot be booked.
     * A booked slot is refused (its appointment is cancelled first, with a reason for the
     * organisation), and so is one that has begun.
     */
    void withdraw(boolean booked, Instant now) {
        if (cancelled) {
            throw new RuleViolation(null, "centre.advice.slotGone");
        }
        if (booked) {
            throw new RuleViolation(null, "centre.advice.slotBooked");
        }
        if (!startsAt.isAfter(now)) {
            throw new RuleViolation(null, "centre.advice.slotStarted");
        }
        this.cancelled = true;
    }

    public Long getAdviserId() {
        return adviserId;
    }

    public Specialty getSpecialty() {
        return specialty;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getPlace() {
        return place;
    }

    public boolean isCancelled() {
        return cancelled;
    }

}
