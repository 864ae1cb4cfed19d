package pl.wspolnie.diagnosis.domain;

/** The coordinator published the report of a LIJW diagnosis. */
public record LijwReportPublished(long diagnosisId) {
}
