package pl.wspolnie.noticeboard.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import pl.wspolnie.shared.domain.JstRecord;
import pl.wspolnie.shared.domain.RuleViolation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An offer on the notice board. */
@Entity
@Table(name = "notice")
public class Notice extends JstRecord {

    @Enumerated(EnumType.STRING)
    private NoticeKind kind;

    @Column(name = "organization_id", updatable = false)
    private Long organizationId;

    @Column(name = "author_id", updatable = false)
    private Long authorId;

    private String title;

    private String description;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    private String link;

    private String funder;

    private LocalDate deadline;

    @Column(name = "amount_min")
    private BigDecimal amountMin;

    @Column(name = "amount_max")
    private BigDecimal amountMax;

    @Column(name = "cofinancing_percent")
    private BigDecimal cofinancingPercent;

    private String place;

    @Column(name = "when_text")
    private String whenText;

    @Column(name = "volunteers_needed")
    private Integer volunteersNeeded;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    private NoticeStatus status;

    @Column(name = "moderated_by")
    private Long moderatedBy;

    @Column(name = "moderated_at")
    private Instant moderatedAt;

    @Column(name = "moderation_reason")
    private String moderationReason;

    @Version
    private long version;

    protected Notice() {
    }

    private Notice(long jstId) {
        super(jstId);
    }

    /**
     * Another module's announcement about funding from the JST (a small grant's offer
     * published for remarks), published at once: the JST is its funder, its page the
     * module's (a relative link, which the board's form never accepts, so it identifies
     * the announcement).
     */
    static Notice announcement(long jstId, String funder, long authorId, Instant now) {
        Notice notice = new Notice(jstId);
        notice.kind = NoticeKind.FUNDING;
        notice.funder = funder;
        notice.authorId = authorId;
        notice.createdAt = now;
        notice.status = NoticeStatus.PUBLISHED;
        return notice;
    }

    /**
     * What the announcement says now, its page and its last day on the board (also its
     * deadline).
     */
    void announce(String title, String description, String path, LocalDate expiresOn) {
        this.title = title.length() > 200 ? title.substring(0, 200) : title;
        this.description = description.length() > 5000 ? description.substring(0, 5000) : description;
        this.link = path;
        this.expiresOn = expiresOn;
        this.deadline = expiresOn;
    }

    Notice(long jstId, Long organizationId, long authorId, NoticeDetails d, NoticeStatus status, Instant now) {
        super(jstId);
        this.status = status;
        this.organizationId = organizationId;
        this.authorId = authorId;
        this.createdAt = now;
        this.kind = d.kind();
        this.title = d.title().strip();
        this.description = d.description().strip();
        this.expiresOn = d.expiresOn();
        this.link = blankToNull(d.link());
        if (kind == NoticeKind.FUNDING) {
            this.funder = blankToNull(d.funder());
            this.deadline = d.deadline();
            this.amountMin = d.amountMin();
            this.amountMax = d.amountMax();
            this.cofinancingPercent = d.cofinancingPercent();
        }
        if (kind == NoticeKind.VOLUNTEERING || kind == NoticeKind.JOB) {
            this.place = blankToNull(d.place());
            this.whenText = blankToNull(d.whenText());
        }
        if (kind == NoticeKind.VOLUNTEERING) {
            this.volunteersNeeded = d.volunteersNeeded();
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * The liaison officer's decision on a pending notice; any other transition is
     * refused.
     */
    void moderate(NoticeStatus decision, long by, String reason, Instant now) {
        if (status != NoticeStatus.PENDING || decision == NoticeStatus.PENDING) {
            throw new RuleViolation(null, "notices.moderation.notPending");
        }
        this.status = decision;
        this.moderatedBy = by;
        this.moderatedAt = now;
        this.moderationReason = reason;
    }

    /** Why the liaison officer rejected the notice (null unless rejected). */
    public String getModerationReason() {
        return moderationReason;
    }

    public boolean isPublished() {
        return status == NoticeStatus.PUBLISHED;
    }

    public boolean isExpiredOn(LocalDate today) {
        return expiresOn.isBefore(today);
    }

    public NoticeKind getKind() {
        return kind;
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

    public String getDescription() {
        return description;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public String getLink() {
        return link;
    }

    public String getFunder() {
        return funder;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public BigDecimal getAmountMin() {
        return amountMin;
    }

    public BigDecimal getAmountMax() {
        return amountMax;
    }

    public BigDecimal getCofinancingPercent() {
        return cofinancingPercent;
    }

    public String getPlace() {
        return place;
    }

    public String getWhenText() {
        return whenText;
    }

    public Integer getVolunteersNeeded() {
        return volunteersNeeded;
    }

    public NoticeStatus getStatus() {
        return status;
    }

}
