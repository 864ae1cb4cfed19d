package pl.wspolnie.competitions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import pl.wspolnie.shared.domain.StateConflict;

import java.time.Instant;
import java.util.function.Supplier;

/**
 * Something written that gets one written answer: a request for the reasons of a
 * competition's decision, a remark on a small-grant offer (both answered by an official),
 * a control's recommendation (answered by the contractor). The one home of the answer's
 * columns ({@code answer}, {@code answered_by}, {@code answered_at}) and of the rule that
 * it is given once.
 */
@MappedSuperclass
public abstract class AnsweredOnce {

    private String answer;

    @Column(name = "answered_by")
    private Long answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    /**
     * Records the answer.
     * @param alreadyAnswered the conflict (409) when an answer was given before
     */
    protected final void recordAnswer(String text, long by, Instant now, Supplier<StateConflict> alreadyAnswered) {
        if (isAnswered()) {
            throw alreadyAnswered.get();
        }
        answer = text;
        answeredBy = by;
        answeredAt = now;
    }

    public boolean isAnswered() {
        return answeredAt != null;
    }

    public String getAnswer() {
        return answer;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

}
