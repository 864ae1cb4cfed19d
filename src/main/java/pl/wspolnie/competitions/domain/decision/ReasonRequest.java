package pl.wspolnie.competitions.domain.decision;

import pl.wspolnie.shared.domain.StateConflict;
import pl.wspolnie.competitions.domain.AnsweredOnce;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import pl.wspolnie.shared.audit.JstScoped;

import java.time.Instant;

/** A request for the reasons of a competition's decision and the official's answer. */
@Entity
@Table(name = "competition_reason_request")
public class ReasonRequest extends AnsweredOnce implements JstScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "competition_id")
    private Long competitionId;

    @Column(name = "jst_id")
    private Long jstId;

    @Column(name = "user_id")
    private Long userId;

    private String question;

    @Column(name = "asked_at")
    private Instant askedAt;

    @Version
    private long version;

    protected ReasonRequest() {
    }

    ReasonRequest(long competitionId, long jstId, long userId, String question, Instant now) {
        this.competitionId = competitionId;
        this.jstId = jstId;
        this.userId = userId;
        this.question = question;
        this.askedAt = now;
    }

    void answer(String text, long officialId, Instant now) {
        recordAnswer(text, officialId, now, () -> new StateConflict("competitions.conflict.alreadyAnswered",
                "request " + id + " already answered"));
    }

    @Override
    public Long auditJstId() {
        return jstId;
    }

    public Long getId() {
        return id;
    }

    public Long getCompetitionId() {
        return competitionId;
    }

    public Long getUserId() {
        return userId;
    }

    public String getQuestion() {
        return question;
    }

    public Instant getAskedAt() {
        return askedAt;
    }

}
