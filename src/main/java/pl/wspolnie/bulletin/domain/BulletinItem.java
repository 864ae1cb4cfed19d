package pl.wspolnie.bulletin.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import pl.wspolnie.shared.events.ContentType;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import pl.wspolnie.shared.time.ClockConfig;

/** One entry of an issue: a copy of a published item, which the editor may trim. */
@Entity
@Table(name = "bulletin_item")
public class BulletinItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "content_type")
    private ContentType contentType;

    private String title;

    private String summary;

    private String path;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "starts_at")
    private Instant startsAt;

    @Column(name = "ends_at")
    private Instant endsAt;

    private String place;

    protected BulletinItem() {
    }

    BulletinItem(int position, ContentType type, String title, String summary, String path, Instant publishedAt) {
        this.position = position;
        this.contentType = type;
        this.title = title;
        this.summary = summary;
        this.path = path;
        this.publishedAt = publishedAt;
    }

    /** When and where an event or a training takes place (from the calendar). */
    void takesPlace(Instant startsAt, Instant endsAt, String place) {
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.place = place == null || place.isBlank() ? null : place.strip();
    }

    void edit(int position, String summary) {
        this.position = position;
        this.summary = summary;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public ContentType getContentType() {
        return contentType;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getPath() {
        return path;
    }

    public Instant getPublishedAt() {
        return publishedAt;
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

    /**
     * "12.05.2026, 10:00–14:00" (or with both dates when it spans days), with the place
     * after a comma; null for items that are not dated.
     */
    public String getWhen() {
        if (startsAt == null) {
            return null;
        }
        DateTimeFormatter date = DateTimeFormatter.ofPattern("dd.MM.yyyy");
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");
        var start = startsAt.atZone(ClockConfig.WARSAW);
        StringBuilder text = new StringBuilder(date.format(start)).append(", ").append(time.format(start));
        if (endsAt != null) {
            var end = endsAt.atZone(ClockConfig.WARSAW);
            text.append(end.toLocalDate().equals(start.toLocalDate()) ? "–" + time.format(end)
                    : " – " + date.format(end) + ", " + time.format(end));
        }
        if (place != null) {
            text.append(", ").append(place);
        }
        return text.toString();
    }

}
