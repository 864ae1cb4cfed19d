package pl.wspolnie.news.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import pl.wspolnie.shared.files.StoredFile;

/** A file attached to a news item. */
@Entity
@Table(name = "news_attachment")
public class NewsAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "news_id", nullable = false, updatable = false)
    private Long newsId;

    @Embedded
    private StoredFile file;

    protected NewsAttachment() {
    }

    NewsAttachment(long newsId, StoredFile file) {
        this.newsId = newsId;
        this.file = file;
    }

    public Long getId() {
        return id;
    }

    public Long getNewsId() {
        return newsId;
    }

    public StoredFile getFile() {
        return file;
    }

    public boolean isImage() {
        return file.getMediaType().startsWith("image/");
    }

}
