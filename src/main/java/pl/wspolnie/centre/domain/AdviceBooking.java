package pl.wspolnie.centre.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * An advice slot booked by an organisation's representative, with the topic and the
 * adviser's private note.
 */
@Entity
@Table(name = "centre_advice_booking")
public class AdviceBooking {

    public static final String BOOKED = "BOOKED";

    public static final String CANCELLED = "CANCELLED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "slot_id", nullable = false, updatable = false)
    private Long slotId;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private Long organizationId;

    @Column(name = "booked_by", nullable = false, updatable = false)
    private Long bookedBy;

    @Column(nullable = false)
    private String topic;

    @Column(nullable = false)
    private String status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancelled_by")
    private Long cancelledBy;

    @Column(name = "cancel_reason")
    private String cancelReason;

    @Column(name = "adviser_note")
    private String adviserNote;

    @Column(name = "reminder_sent_at")
    private Instant reminderSentAt;

    @Version
    private long version;

    protected AdviceBooking() {
    }

    AdviceBooking(long slotId, long organizationId, long bookedBy, String topic, Instant createdAt) {
        this.slotId = slotId;
        this.organizationId = organizationId;
        this.bookedBy = bookedBy;
        this.topic = topic;
        this.status = BOOKED;
        this.createdAt = createdAt;
    }

    void cancel(long by, String reason, Instant at) {
        this.status = CANCELLED;
        this.cancelledBy = by;
        this.cancelReason = reason;
        this.cancelledAt = at;
    }

    void note(String note) {
        this.adviserNote = note;
    }

    void reminded(Instant at) {
        this.reminderSentAt = at;
    }

    public boolean isBooked() {
        return BOOKED.equals(status);
    }

    public Long getId() {
        return id;
    }

    public Long getSlotId() {
        return slotId;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public Long getBookedBy() {
        return bookedBy;
    }

    public String getTopic() {
        return topic;
    }

    public String getStatus() {
        return status;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public String getAdviserNote() {
        return adviserNote;
    }

}
