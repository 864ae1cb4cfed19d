package pl.wspolnie.competitions.domain.smallgrant;

import pl.wspolnie.competitions.domain.AnsweredOnce;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.domain.StateConflict;

import java.time.Instant;
import java.util.function.Supplier;

/**
 * A remark on a published small-grant offer (art. 19a ust. 5: anyone may send one within
 * the 7 days) and the official's answer; both are public.
 */
@Entity
@Table(name = "small_grant_remark")
public class SmallGrantRemark extends AnsweredOnce {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "offer_id")
    private Long offerId;

    @Column(name = "author_id")
    private Long authorId;

    @Column(name = "author_name")
    private String authorName;

    private String text;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected SmallGrantRemark() {
    }

    SmallGrantRemark(long offerId, Long authorId, String authorName, String text, Instant now) {
        this.offerId = offerId;
        this.authorId = authorId;
        this.authorName = authorName;
        this.text = text;
        this.createdAt = now;
    }

    void answer(String text, long officialId, Instant now) {
        Supplier<StateConflict> answered = () -> new StateConflict("smallgrants.conflict.answered",
                "remark " + id + " answered");
        if (isAnswered()) {
            throw answered.get();
        }
        if (text == null || text.isBlank()) {
            throw new RuleViolation("answer", "smallgrants.answer.required");
        }
        recordAnswer(text.strip(), officialId, now, answered);
    }

    public Long getId() {
        return id;
    }

    public Long getOfferId() {
        return offerId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getText() {
        return text;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

}
