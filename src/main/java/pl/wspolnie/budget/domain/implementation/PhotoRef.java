package pl.wspolnie.budget.domain.implementation;

/** A milestone's photo as a page shows it: its address's id and its description. */
public record PhotoRef(long id, long milestoneId, String altText) {
}
