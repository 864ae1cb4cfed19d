package pl.wspolnie.initiatives.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The points an application got in one criterion, with the criterion as the resolution
 * set it when the sheet was filled in.
 */
@Embeddable
public record ScoreLine(@Column(name = "name") String name, @Column(name = "weight") int weight,
        @Column(name = "max_points") int maxPoints, @Column(name = "points") int points) {

    /** The line's share of the weighted total: points / most points × weight. */
    public BigDecimal weighted() {
        return BigDecimal.valueOf(points)
            .multiply(BigDecimal.valueOf(weight))
            .divide(BigDecimal.valueOf(maxPoints), 2, RoundingMode.HALF_UP);
    }

}
