package pl.wspolnie.centre.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import jakarta.persistence.EntityListeners;
import pl.wspolnie.shared.cache.CacheConfiguration;
import pl.wspolnie.shared.cache.EvictsCache;

/**
 * A person's application for a training, with the answers to its form. One per person and
 * training.
 */
@Entity
@EntityListeners(EvictsCache.Listener.class)
@EvictsCache(CacheConfiguration.CENTRE)
@Table(name = "centre_training_application")
public class TrainingApplication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "training_id", nullable = false, updatable = false)
    private Long trainingId;

    @Column(name = "user_id", nullable = false, updatable = false)
    private Long userId;

    @Column(name = "organization_id", updatable = false)
    private Long organizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Audience audience;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApplicationStatus status;

    @Column(name = "applied_at", nullable = false, updatable = false)
    private Instant appliedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(nullable = false)
    private boolean present;

    @ElementCollection
    @CollectionTable(name = "centre_training_answer", joinColumns = @JoinColumn(name = "application_id"))
    @MapKeyColumn(name = "question_id")
    @Column(name = "answer", nullable = false)
    private Map<Long, String> answers = new HashMap<>();

    @Version
    private long version;

    protected TrainingApplication() {
    }

    TrainingApplication(long trainingId, long userId, Long organizationId, Audience audience, ApplicationStatus status,
            Instant appliedAt, Map<Long, String> answers) {
        this.trainingId = trainingId;
        this.userId = userId;
        this.organizationId = organizationId;
        this.audience = audience;
        this.status = status;
        this.appliedAt = appliedAt;
        this.answers.putAll(answers);
    }

    void decide(ApplicationStatus status, Instant at) {
        this.status = status;
        this.decidedAt = at;
    }

    void markPresent(boolean present) {
        this.present = present;
    }

    public Long getId() {
        return id;
    }

    public Long getTrainingId() {
        return trainingId;
    }

    public Long getUserId() {
        return userId;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public Audience getAudience() {
        return audience;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public Instant getAppliedAt() {
        return appliedAt;
    }

    public boolean isPresent() {
        return present;
    }

    public Map<Long, String> getAnswers() {
        return answers;
    }

}
