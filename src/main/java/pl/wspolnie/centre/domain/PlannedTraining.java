package pl.wspolnie.centre.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A training the centre plans from a training-needs survey: the topic as its title, how
 * many respondents asked for it, the survey it came from. Not yet an event with a date.
 */
@Entity
@Table(name = "centre_planned_training")
public class PlannedTraining {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "centre_id", updatable = false)
    private long centreId;

    private String title;

    private int demand;

    @Column(name = "source_survey_id", updatable = false)
    private long sourceSurveyId;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", updatable = false)
    private long createdBy;

    @Version
    private long version;

    protected PlannedTraining() {
    }

    PlannedTraining(long centreId, String title, int demand, long sourceSurveyId, Instant now, long createdBy) {
        this.centreId = centreId;
        this.title = title;
        this.demand = demand;
        this.sourceSurveyId = sourceSurveyId;
        this.createdAt = now;
        this.createdBy = createdBy;
    }

    public Long getId() {
        return id;
    }

    public long getCentreId() {
        return centreId;
    }

    public String getTitle() {
        return title;
    }

    public int getDemand() {
        return demand;
    }

    public long getSourceSurveyId() {
        return sourceSurveyId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

}
