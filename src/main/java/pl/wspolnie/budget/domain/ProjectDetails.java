package pl.wspolnie.budget.domain;

import java.util.List;

/** What the project form carries: the pool (area), the description and the cost table. */
public record ProjectDetails(long poolId, String title, String description, String location, String justification,
        List<CostLine> costLines) {
}
