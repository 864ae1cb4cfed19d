package pl.wspolnie.diagnosis.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The index of a set of scored indicators: per plane, the agreed points over the maximum
 * (3 an indicator in use) × 100; overall, the mean of the planes that have indicators.
 * Indicators switched off are left out of both; an indicator in use without an agreed
 * score counts 0 (only a draft report has any).
 */
public record LijwIndex(int[] points, int[] maximum) {

    public static LijwIndex of(List<LijwIndicator> indicators) {
        int[] points = new int[4];
        int[] maximum = new int[4];
        for (LijwIndicator i : indicators) {
            if (i.isEnabled()) {
                maximum[i.getPlane()] += 3;
                points[i.getPlane()] += i.getAgreedScore() == null ? 0 : i.getAgreedScore();
            }
        }
        return new LijwIndex(points, maximum);
    }

    /** The index of a plane (1–3), null when the plane has no indicator in use. */
    public BigDecimal plane(int plane) {
        if (maximum[plane] == 0) {
            return null;
        }
        return BigDecimal.valueOf(points[plane] * 100L)
            .divide(BigDecimal.valueOf(maximum[plane]), 1, RoundingMode.HALF_UP);
    }

    public BigDecimal overall() {
        BigDecimal sum = BigDecimal.ZERO;
        int planes = 0;
        for (int p = 1; p <= 3; p++) {
            if (maximum[p] > 0) {
                sum = sum.add(BigDecimal.valueOf(points[p] * 100L)
                    .divide(BigDecimal.valueOf(maximum[p]), 10, RoundingMode.HALF_UP));
                planes++;
            }
        }
        return planes == 0 ? null : sum.divide(BigDecimal.valueOf(planes), 1, RoundingMode.HALF_UP);
    }

}
