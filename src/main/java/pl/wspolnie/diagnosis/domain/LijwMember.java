package pl.wspolnie.diagnosis.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A person named to the working group of one diagnosis. */
@Entity
@Table(name = "lijw_member")
public class LijwMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "diagnosis_id", updatable = false)
    private long diagnosisId;

    @Column(name = "user_id", updatable = false)
    private long userId;

    @Column(name = "added_at", updatable = false)
    private Instant addedAt;

    protected LijwMember() {
    }

    LijwMember(long diagnosisId, long userId, Instant now) {
        this.diagnosisId = diagnosisId;
        this.userId = userId;
        this.addedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getUserId() {
        return userId;
    }

}
