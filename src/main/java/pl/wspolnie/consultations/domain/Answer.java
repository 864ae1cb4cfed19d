package pl.wspolnie.consultations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The body's answer to one or several remarks: a decision and its justification. */
@Entity
@Table(name = "consultation_answer")
public class Answer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "consultation_id", updatable = false)
    private Long consultationId;

    @Enumerated(EnumType.STRING)
    private Decision decision;

    private String justification;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answered_by")
    private Long answeredBy;

    protected Answer() {
    }

    Answer(long consultationId, Decision decision, String justification, long by, Instant at) {
        this.consultationId = consultationId;
        this.decision = decision;
        this.justification = justification;
        this.answeredBy = by;
        this.answeredAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getConsultationId() {
        return consultationId;
    }

    public Decision getDecision() {
        return decision;
    }

    public String getJustification() {
        return justification;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

}
