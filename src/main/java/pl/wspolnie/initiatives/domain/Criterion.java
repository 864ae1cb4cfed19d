package pl.wspolnie.initiatives.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An evaluation criterion of the council's resolution: its name, weight (percent of the
 * weighted total) and the most points an application may get in it; {@code contribution}
 * marks the residents' contribution, which every resolution must take into account (art.
 * 19c).
 */
@Embeddable
public record Criterion(@Column(name = "name") String name, @Column(name = "weight") int weight,
        @Column(name = "max_points") int maxPoints, @Column(name = "contribution") boolean contribution) {
}
