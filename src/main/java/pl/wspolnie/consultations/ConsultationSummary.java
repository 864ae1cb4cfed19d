package pl.wspolnie.consultations;

import java.time.LocalDate;

/** What other modules may read about a consultation. */
public record ConsultationSummary(long id, long jstId, String subject, LocalDate startsOn, LocalDate endsOn,
        String status, int remarks, int unanswered, boolean closed) {

    public String path() {
        return "/consultations/" + id;
    }
}
