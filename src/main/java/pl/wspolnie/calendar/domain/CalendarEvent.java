package pl.wspolnie.calendar.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import pl.wspolnie.shared.domain.JstRecord;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.events.CalendarEntryType;

import java.time.Instant;
import java.util.List;

/**
 * An event the calendar itself holds (a meeting, a forum session...), entered by an
 * official or centre staff (published at once), or proposed by an NGO's representative
 * for their organisation (published once a liaison officer or centre staff approves it).
 */
@Entity
@Table(name = "calendar_event")
public class CalendarEvent extends JstRecord {

    @Column(name = "author_id", nullable = false, updatable = false)
    private Long authorId;

    @Enumerated(EnumType.STRING)
    private CalendarEntryType type;

    private String title;

    private String description;

    @Column(name = "starts_at")
    private Instant startsAt;

    @Column(name = "ends_at")
    private Instant endsAt;

    private String place;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "sphere_codes", columnDefinition = "text[]")
    private String[] sphereCodes;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Column(name = "organization_id", updatable = false)
    private Long organizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EventStatus status = EventStatus.PUBLISHED;

    private String link;

    @Column(name = "moderated_by")
    private Long moderatedBy;

    @Column(name = "moderated_at")
    private Instant moderatedAt;

    @Column(name = "reject_reason")
    private String rejectReason;

    @Version
    private long version;

    protected CalendarEvent() {
    }

    CalendarEvent(long jstId, long authorId, EventDetails details, Instant now) {
        super(jstId);
        this.authorId = authorId;
        this.createdAt = now;
        apply(details);
    }

    /**
     * An NGO's proposal: it waits in the organisation's gmina for the liaison officer or
     * centre staff.
     */
    static CalendarEvent proposed(long jstId, long organizationId, long authorId, EventDetails details, Instant now) {
        CalendarEvent event = new CalendarEvent(jstId, authorId, details, now);
        event.organizationId = organizationId;
        event.status = EventStatus.PENDING;
        return event;
    }

    /** The longest reason of a rejection. */
    public static final int MAX_REASON = 1000;

    /**
     * The moderator's decision on a pending proposal; a rejection carries its reason (at
     * most {@link #MAX_REASON} characters).
     */
    void moderate(EventStatus decision, long by, String reason, Instant at) {
        if (status != EventStatus.PENDING) {
            throw new RuleViolation(null, "calendar.moderation.notPending");
        }
        if (decision == EventStatus.REJECTED && (reason == null || reason.isBlank())) {
            throw new RuleViolation("reason", "calendar.moderation.reasonNeeded");
        }
        if (reason != null && reason.length() > MAX_REASON) {
            throw new RuleViolation("reason", "calendar.moderation.reasonTooLong", MAX_REASON);
        }
        this.status = decision;
        this.moderatedBy = by;
        this.moderatedAt = at;
        this.rejectReason = decision == EventStatus.REJECTED ? reason.strip() : null;
    }

    /**
     * An NGO's changed text is moderated again (as news); a rejected one is proposed
     * again.
     */
    void submitAgain() {
        if (organizationId != null) {
            this.status = EventStatus.PENDING;
            this.rejectReason = null;
        }
    }

    void apply(EventDetails d) {
        this.type = d.type();
        this.title = d.title();
        this.description = d.description() == null ? "" : d.description();
        this.startsAt = d.start();
        this.endsAt = d.end();
        this.place = d.place() == null ? "" : d.place();
        this.sphereCodes = d.sphereCodes().toArray(String[]::new);
        this.link = d.link() == null || d.link().isBlank() ? null : d.link().strip();
    }

    public boolean isPublished() {
        return status == EventStatus.PUBLISHED;
    }

    public EventStatus getStatus() {
        return status;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public String getLink() {
        return link;
    }

    public String getRejectReason() {
        return rejectReason;
    }

    public CalendarEntryType getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
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

    public List<String> getSphereCodes() {
        return sphereCodes == null ? List.of() : List.of(sphereCodes);
    }

    public long getVersion() {
        return version;
    }

}
