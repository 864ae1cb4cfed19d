package pl.wspolnie.shared.figures;

import java.math.BigDecimal;

/**
 * Figures of the small grants (art. 19a) of one JST in one year, as the annual programme
 * report needs them. Money in zł with scale 2.
 *
 * @param offersSubmitted simplified offers submitted
 * @param published offers judged purposeful and published for remarks
 * @param remarks remarks sent on them
 * @param grantsAwarded small grants awarded
 * @param amountAwarded their total
 * @param organizations organisations awarded
 */
public record SmallGrantYearFigures(int offersSubmitted, int published, int remarks, int grantsAwarded,
        BigDecimal amountAwarded, int organizations) {
}
