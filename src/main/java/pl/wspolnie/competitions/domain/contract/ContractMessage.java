package pl.wspolnie.competitions.domain.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import pl.wspolnie.shared.domain.JstRecord;
import pl.wspolnie.shared.files.StoredFile;

import java.time.Instant;

/**
 * A message of a contract's thread, written by an official of the JST or a representative
 * of the contractor, with an optional attachment; never changed once written (the audit
 * log records it, the attachment by name, type and size).
 */
@Entity
@Immutable
@Table(name = "contract_message")
public class ContractMessage extends JstRecord {

    /** The longest message. */
    public static final int MAX_LENGTH = 5000;

    @Column(name = "offer_id")
    private Long offerId;

    @Column(name = "author_id")
    private Long authorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "author_side")
    private ContractSide authorSide;

    private String body;

    @Embedded
    private StoredFile file;

    @Column(name = "created_at")
    private Instant createdAt;

    protected ContractMessage() {
    }

    ContractMessage(Contract contract, long authorId, ContractSide side, String body, StoredFile file, Instant now) {
        super(contract.auditJstId());
        this.offerId = contract.getOfferId();
        this.authorId = authorId;
        this.authorSide = side;
        this.body = body;
        this.file = file;
        this.createdAt = now;
    }

    public Long getOfferId() {
        return offerId;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public ContractSide getAuthorSide() {
        return authorSide;
    }

    public String getBody() {
        return body;
    }

    /** The attachment, or null. */
    public StoredFile getFile() {
        return file;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

}
