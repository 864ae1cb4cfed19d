package pl.wspolnie.diagnosis.domain;

import java.math.BigDecimal;

/**
 * What the coordinator edits on an indicator of a draft set: its name, whether it counts
 * this year, and the thresholds of scores 1, 2 and 3 (plane and kind only for an own
 * indicator; for an own computed one also the measure some module answers and how its
 * records make the value).
 */
public record IndicatorDetails(String name, int plane, IndicatorKind kind, boolean enabled, BigDecimal threshold1,
        BigDecimal threshold2, BigDecimal threshold3, String measure, Aggregate aggregate) {
}
