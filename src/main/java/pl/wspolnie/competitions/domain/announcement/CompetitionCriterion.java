package pl.wspolnie.competitions.domain.announcement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An evaluation criterion of a competition with the maximum points a commission member
 * may give.
 */
@Entity
@Table(name = "competition_criterion")
public class CompetitionCriterion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int position;

    private String name;

    @Column(name = "max_points")
    private int maxPoints;

    @Column(name = "statutory_point")
    private Integer statutoryPoint;

    protected CompetitionCriterion() {
    }

    CompetitionCriterion(int position, String name, int maxPoints, Integer statutoryPoint) {
        this.position = position;
        this.name = name;
        this.maxPoints = maxPoints;
        this.statutoryPoint = statutoryPoint;
    }

    /**
     * The point of art. 15 ust. 1 of the Act (1–6), or null for the JST's own criterion.
     */
    public Integer getStatutoryPoint() {
        return statutoryPoint;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public int getMaxPoints() {
        return maxPoints;
    }

}
