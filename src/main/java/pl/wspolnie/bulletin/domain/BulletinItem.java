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

}
