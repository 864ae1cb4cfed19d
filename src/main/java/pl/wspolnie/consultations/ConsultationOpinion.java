package pl.wspolnie.consultations;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An opinion requested from a body (the public benefit council) on a consulted draft, as
 * shown on the consultation page and in its report.
 *
 * @param outcome "GIVEN", "LAPSED" (no opinion within the deadline) or "PENDING"
 */
public record ConsultationOpinion(String body, LocalDate requestedOn, LocalDate deadline, String outcome, String text,
        Instant givenAt) {
}
