package pl.wspolnie.centre.domain;

/**
 * A training application got its outcome (a seat, the waiting list, a refusal); the
 * applicant is told after the commit by {@link TrainingMails}.
 */
public record ApplicationDecided(long applicationId, ApplicationStatus status) {
}
