package pl.wspolnie.competitions.domain.review;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One commission member's scores of one offer, per criterion with a justification; final
 * once submitted.
 */
@Entity
@Immutable
@Table(name = "evaluation")
public class Evaluation {

    @Embeddable
    public static class Score {

        @Column(name = "criterion_id")
        private Long criterionId;

        private int points;

        private String justification;

        protected Score() {
        }

        public Score(long criterionId, int points, String justification) {
            this.criterionId = criterionId;
            this.points = points;
            this.justification = justification;
        }

        public Long getCriterionId() {
            return criterionId;
        }

        public int getPoints() {
            return points;
        }

        public String getJustification() {
            return justification;
        }

    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "offer_id")
    private Long offerId;

    @Column(name = "member_id")
    private Long memberId;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    private int total;

    @ElementCollection
    @CollectionTable(name = "evaluation_score", joinColumns = @JoinColumn(name = "evaluation_id"))
    private List<Score> scores = new ArrayList<>();

    protected Evaluation() {
    }

    public Evaluation(long offerId, long memberId, List<Score> scores, Instant now) {
        this.offerId = offerId;
        this.memberId = memberId;
        this.scores = new ArrayList<>(scores);
        this.total = scores.stream().mapToInt(Score::getPoints).sum();
        this.submittedAt = now;
    }

    public Long getOfferId() {
        return offerId;
    }

    public Long getMemberId() {
        return memberId;
    }

    public int getTotal() {
        return total;
    }

    public List<Score> getScores() {
        return scores;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

}
