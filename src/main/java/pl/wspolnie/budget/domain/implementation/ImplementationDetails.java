package pl.wspolnie.budget.domain.implementation;

import java.math.BigDecimal;

/**
 * What the coordinator enters about a project's implementation: status, progress (0–100
 * %), actual cost so far (null when not known yet), the unit responsible and, for a
 * project not implemented, the reason.
 */
public record ImplementationDetails(ImplementationStatus status, int progress, BigDecimal actualCost,
        String responsibleUnit, String reason) {
}
