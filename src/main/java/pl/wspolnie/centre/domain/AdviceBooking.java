package pl.wspolnie.centre.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * An advice slot booked by an organisation's representative, with the topic and the
 * adviser's private note.
 */
@Entity
@Table(name = "centre_advice_booking")
public class AdviceBooking extends CancellableRecord {

    public static final String BOOKED = "BOOKED";

    public static final String CANCELLED = "CANCELLED";

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

    @Column(name = "adviser_note")
    private String adviserNote;

    @Column(name = "reminder_sent_at")
    private Instant reminderSentAt;

    protected AdviceBooking() {
    }

    AdviceBooking(long slotId, long organizationId, long bookedBy, String topic, Instant createdAt) {
        super(createdAt);
        this.slotId = slotId;
        this.organizationId = organizationId;
        this.bookedBy = bookedBy;
        this.topic = topic;
        this.status = BOOKED;
    }

    void cancel(long by, String reason, Instant at) {
        this.status = CANCELLED;
        cancelled(by, reason, at);
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

    public String getAdviserNote() {
        return adviserNote;
    }

}
