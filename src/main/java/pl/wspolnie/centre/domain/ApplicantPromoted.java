package pl.wspolnie.centre.domain;

/** A person moved from the waiting list to a seat because someone cancelled. */
public record ApplicantPromoted(long trainingId, String trainingTitle, long userId) {
}
