package pl.wspolnie.competitions.domain.offer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/**
 * A submitted version of an offer: its content as canonical JSON and the SHA-256 checksum
 * of that text. Immutable in the code (no setters, {@code @Immutable}) and in the
 * database (a trigger refuses UPDATE and DELETE).
 */
@Entity
@Immutable
@Table(name = "offer_version")
public class OfferVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "offer_id")
    private Long offerId;

    private int number;

    private String content;

    private String checksum;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by")
    private Long submittedBy;

    protected OfferVersion() {
    }

    public OfferVersion(long offerId, int number, String content, String checksum, Instant submittedAt,
            long submittedBy) {
        this.offerId = offerId;
        this.number = number;
        this.content = content;
        this.checksum = checksum;
        this.submittedAt = submittedAt;
        this.submittedBy = submittedBy;
    }

    /** The first 12 hex characters: printed on every page of the PDF. */
    public String shortChecksum() {
        return checksum.substring(0, 12);
    }

    public Long getId() {
        return id;
    }

    public Long getOfferId() {
        return offerId;
    }

    public int getNumber() {
        return number;
    }

    public String getContent() {
        return content;
    }

    public String getChecksum() {
        return checksum;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Long getSubmittedBy() {
        return submittedBy;
    }

}
