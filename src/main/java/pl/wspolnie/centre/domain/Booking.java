package pl.wspolnie.centre.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import pl.wspolnie.shared.domain.RuleViolation;

import java.time.Instant;
import java.util.UUID;
import jakarta.persistence.EntityListeners;
import pl.wspolnie.shared.cache.CacheConfiguration;
import pl.wspolnie.shared.cache.EvictsCache;

/**
 * A time of one resource booked for an organisation. Overlapping confirmed bookings are
 * refused by the database.
 */
@Entity
@EntityListeners(EvictsCache.Listener.class)
@EvictsCache(CacheConfiguration.CENTRE)
@Table(name = "centre_booking")
public class Booking extends CancellableRecord {

    @Column(name = "resource_id", nullable = false, updatable = false)
    private Long resourceId;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private Long organizationId;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private Long requestedBy;

    @Column(name = "request_group", nullable = false, updatable = false)
    private UUID requestGroup;

    @Column(name = "starts_at", nullable = false, updatable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false, updatable = false)
    private Instant endsAt;

    @Column(nullable = false)
    private String purpose;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BookingStatus status;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private Long decidedBy;

    protected Booking() {
    }

    Booking(long resourceId, long organizationId, long requestedBy, UUID requestGroup, Instant startsAt, Instant endsAt,
            String purpose, BookingStatus status, Instant createdAt) {
        super(createdAt);
        this.resourceId = resourceId;
        this.organizationId = organizationId;
        this.requestedBy = requestedBy;
        this.requestGroup = requestGroup;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.purpose = purpose;
        this.status = status;
    }

    /** Staff confirm a pending request. */
    void confirm(long by, Instant at) {
        requirePending();
        this.status = BookingStatus.CONFIRMED;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    /**
     * Staff decline a pending request, with the reason the requester reads; the time is
     * free again.
     */
    void decline(long by, String reason, Instant at) {
        requirePending();
        this.status = BookingStatus.DECLINED;
        this.decidedBy = by;
        this.decidedAt = at;
        refusedBecause(reason);
    }

    /** A pending request nobody decided before its start no longer holds the time. */
    void expire(Instant at) {
        requirePending();
        this.status = BookingStatus.EXPIRED;
        this.decidedAt = at;
    }

    private void requirePending() {
        if (status != BookingStatus.PENDING) {
            throw new RuleViolation(null, "centre.booking.notPending");
        }
    }

    /**
     * Pending, but its start has passed: shown as expired even before the expiry job
     * marks it.
     */
    public boolean isExpiredAt(Instant now) {
        return expired(status, startsAt, now);
    }

    /** Expired, or a request staff did not decide before it started. */
    static boolean expired(BookingStatus status, Instant startsAt, Instant now) {
        return status == BookingStatus.EXPIRED || (status == BookingStatus.PENDING && !startsAt.isAfter(now));
    }

    void cancel(long by, String reason, Instant at) {
        if (!status.holdsTime()) {
            throw new RuleViolation(null, "centre.booking.notConfirmed");
        }
        this.status = BookingStatus.CANCELLED;
        cancelled(by, reason, at);
    }

    public Long getResourceId() {
        return resourceId;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public Long getRequestedBy() {
        return requestedBy;
    }

    public UUID getRequestGroup() {
        return requestGroup;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getPurpose() {
        return purpose;
    }

    public BookingStatus getStatus() {
        return status;
    }

}
