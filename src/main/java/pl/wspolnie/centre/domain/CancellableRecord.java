package pl.wspolnie.centre.domain;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * What the centre's bookings, advice bookings and trainings share: the generated id, when
 * the entry was made, and who cancelled it, when and why. The tables keep their columns
 * and the audit log names the fields as before.
 */
@MappedSuperclass
public abstract class CancellableRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancelled_by")
    private Long cancelledBy;

    @Column(name = "cancel_reason")
    private String cancelReason;

    @Version
    private long version;

    protected CancellableRecord() {
    }

    protected CancellableRecord(Instant createdAt) {
        this.createdAt = createdAt;
    }

    /** Records who cancelled the entry, when and why (the subclass sets its status). */
    protected void cancelled(long by, String reason, Instant at) {
        this.cancelledBy = by;
        this.cancelReason = reason;
        this.cancelledAt = at;
    }

    /** The reason the person reads when the entry was refused rather than cancelled. */
    protected void refusedBecause(String reason) {
        this.cancelReason = reason;
    }

    public Long getId() {
        return id;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public String getCancelReason() {
        return cancelReason;
    }

}
