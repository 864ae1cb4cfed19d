package pl.wspolnie.budget.domain.review;

import java.math.BigDecimal;

/**
 * A submitted project as the review sees it: its latest version, the pool's amount and
 * where it stands.
 */
public record ReviewedProject(long id, long jstId, long editionId, long authorId, int version, String title,
        String poolName, BigDecimal poolAmount, BigDecimal costTotal, Standing standing, BigDecimal cost) {
}
