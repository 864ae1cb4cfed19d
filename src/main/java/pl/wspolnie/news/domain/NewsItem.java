package pl.wspolnie.news.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import pl.wspolnie.shared.domain.JstRecord;
import pl.wspolnie.shared.text.SearchText;

import java.time.Instant;
import java.util.List;
import jakarta.persistence.EntityListeners;
import pl.wspolnie.shared.cache.CacheConfiguration;
import pl.wspolnie.shared.cache.EvictsCache;

/** A news item of a JST, possibly on behalf of an organisation. */
@Entity
@Table(name = "news_item")
@EntityListeners(EvictsCache.Listener.class)
@EvictsCache(CacheConfiguration.NEWS)
public class NewsItem extends JstRecord {

    @Column(name = "organization_id", updatable = false)
    private Long organizationId;

    @Column(name = "author_id", nullable = false, updatable = false)
    private Long authorId;

    private String title;

    private String lead;

    private String body;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "sphere_codes", columnDefinition = "text[]")
    private String[] sphereCodes;

    @Enumerated(EnumType.STRING)
    private NewsStatus status;

    @Column(name = "publish_at")
    private Instant publishAt;

    private boolean announced;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "moderated_by")
    private Long moderatedBy;

    @Column(name = "moderation_reason")
    private String moderationReason;

    @Enumerated(EnumType.STRING)
    private ArticleKind kind;

    @Column(name = "author_name")
    private String authorName;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "linked_organization_ids", columnDefinition = "bigint[]")
    private Long[] linkedOrganizationIds;

    @Column(name = "search_text")
    private String searchText;

    @Version
    private long version;

    protected NewsItem() {
    }

    NewsItem(long jstId, Long organizationId, long authorId, NewsContent content, NewsStatus status, Instant now) {
        super(jstId);
        this.organizationId = organizationId;
        this.authorId = authorId;
        this.status = status;
        this.createdAt = now;
        apply(content, now);
    }

    void apply(NewsContent content, Instant now) {
        this.title = content.title();
        this.lead = content.lead();
        this.body = content.body();
        this.sphereCodes = content.sphereCodes().toArray(String[]::new);
        this.publishAt = content.publishAt();
        this.kind = content.kind();
        this.authorName = content.authorName() == null || content.authorName().isBlank() ? null
                : content.authorName().strip();
        this.linkedOrganizationIds = content.linkedOrganizationIds().toArray(Long[]::new);
        this.updatedAt = now;
        this.announced = false;
        this.searchText = SearchText.fold(title + " " + lead + " " + RichText.plain(body));
    }

    void moderate(NewsStatus decision, long by, String reason, Instant now) {
        this.status = decision;
        this.moderatedBy = by;
        this.moderationReason = reason;
        this.updatedAt = now;
    }

    void submitAgain() {
        this.status = NewsStatus.PENDING;
        this.moderatedBy = null;
        this.moderationReason = null;
    }

    void markAnnounced() {
        this.announced = true;
    }

    public boolean isPublicAt(Instant now) {
        return status == NewsStatus.PUBLISHED && !publishAt.isAfter(now);
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public String getTitle() {
        return title;
    }

    public String getLead() {
        return lead;
    }

    public String getBody() {
        return body;
    }

    public List<String> getSphereCodes() {
        return sphereCodes == null ? List.of() : List.of(sphereCodes);
    }

    public NewsStatus getStatus() {
        return status;
    }

    public Instant getPublishAt() {
        return publishAt;
    }

    public boolean isAnnounced() {
        return announced;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** Why the liaison officer rejected the item (null unless rejected). */
    public String getModerationReason() {
        return moderationReason;
    }

    public long getVersion() {
        return version;
    }

    public ArticleKind getKind() {
        return kind == null ? ArticleKind.NEWS : kind;
    }

    public String getAuthorName() {
        return authorName;
    }

    public List<Long> getLinkedOrganizationIds() {
        return linkedOrganizationIds == null ? List.of() : List.of(linkedOrganizationIds);
    }

    /** The item's public page. */
    public String path() {
        return (getKind().isArticle() ? "/practices/" : "/news/") + getId();
    }

}
