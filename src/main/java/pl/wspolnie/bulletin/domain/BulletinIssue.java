package pl.wspolnie.bulletin.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import pl.wspolnie.shared.audit.AuditMasked;
import pl.wspolnie.shared.domain.JstRecord;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An issue of a JST's bulletin: DRAFT while the editor works on it, PUBLISHED with its
 * number and PDF.
 */
@Entity
@Table(name = "bulletin_issue")
public class BulletinIssue extends JstRecord {

    private Integer number;

    @Column(name = "period_from")
    private LocalDate periodFrom;

    @Column(name = "period_to")
    private LocalDate periodTo;

    private String status;

    @AuditMasked
    @Basic(fetch = FetchType.LAZY)
    private byte[] pdf;

    @Column(name = "created_by", updatable = false)
    private Long createdBy;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "issue_id", nullable = false)
    @OrderBy("position, id")
    private List<BulletinItem> items = new ArrayList<>();

    protected BulletinIssue() {
    }

    BulletinIssue(long jstId, LocalDate from, LocalDate to, long createdBy, Instant now) {
        super(jstId);
        this.periodFrom = from;
        this.periodTo = to;
        this.status = "DRAFT";
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void publish(int number, byte[] pdf, Instant now) {
        this.number = number;
        this.pdf = pdf;
        this.status = "PUBLISHED";
        this.publishedAt = now;
    }

    public boolean isPublished() {
        return "PUBLISHED".equals(status);
    }

    public Integer getNumber() {
        return number;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public byte[] getPdf() {
        return pdf;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public long getVersion() {
        return version;
    }

    public List<BulletinItem> getItems() {
        return items;
    }

}
