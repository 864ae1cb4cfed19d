package pl.wspolnie.competitions.domain.contract;

/** An official set up the evaluation of a contracted task with its beneficiaries. */
public record EvaluationSetUp(long offerId) {
}
