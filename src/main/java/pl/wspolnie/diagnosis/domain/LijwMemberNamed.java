package pl.wspolnie.diagnosis.domain;

/** A person was named to the working group of a LIJW diagnosis. */
public record LijwMemberNamed(long diagnosisId, long userId) {
}
