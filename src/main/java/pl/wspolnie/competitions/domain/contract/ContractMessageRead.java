package pl.wspolnie.competitions.domain.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import pl.wspolnie.shared.audit.NotAudited;

import java.io.Serializable;
import java.time.Instant;

/**
 * A read receipt: who first opened the thread after a message came, and when (a receipt
 * per message and person, written once; not in the audit log, it records no decision).
 */
@Entity
@NotAudited
@Table(name = "contract_message_read")
public class ContractMessageRead {

    /** The message and the reader. */
    @Embeddable
    public record Key(@Column(name = "message_id") Long messageId,
            @Column(name = "user_id") Long userId) implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @Column(name = "read_at")
    private Instant readAt;

    protected ContractMessageRead() {
    }

    ContractMessageRead(long messageId, long userId, Instant readAt) {
        this.key = new Key(messageId, userId);
        this.readAt = readAt;
    }

    public long getMessageId() {
        return key.messageId();
    }

    public long getUserId() {
        return key.userId();
    }

    public Instant getReadAt() {
        return readAt;
    }

}
