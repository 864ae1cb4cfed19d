package pl.wspolnie.calendar.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import pl.wspolnie.shared.audit.JstScoped;
import pl.wspolnie.shared.events.CalendarEntryType;

import java.time.Instant;
import java.util.List;

/**
 * An event the calendar itself holds (a meeting, a forum session...), entered by an
 * official or centre staff.
 */
@Entity
@Table(name = "calendar_event")
public class CalendarEvent implements JstScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "jst_id", nullable = false, updatable = false)
    private Long jstId;

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

    @Version
    private long version;

    protected CalendarEvent() {
    }

    CalendarEvent(long jstId, long authorId, EventDetails details, Instant now) {
        this.jstId = jstId;
        this.authorId = authorId;
        this.createdAt = now;
        apply(details);
    }

    void apply(EventDetails d) {
        this.type = d.type();
        this.title = d.title();
        this.description = d.description() == null ? "" : d.description();
        this.startsAt = d.start();
        this.endsAt = d.end();
        this.place = d.place() == null ? "" : d.place();
        this.sphereCodes = d.sphereCodes().toArray(String[]::new);
    }

    @Override
    public Long auditJstId() {
        return jstId;
    }

    public Long getId() {
        return id;
    }

    public Long getJstId() {
        return jstId;
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
