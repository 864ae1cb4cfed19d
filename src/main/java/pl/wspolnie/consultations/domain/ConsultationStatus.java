package pl.wspolnie.consultations.domain;

import java.time.LocalDate;

/**
 * Where a consultation stands, from its dates and whether it was closed: PLANNED before
 * the start, OPEN from the start to the end day inclusive (remarks accepted), ENDED
 * afterwards (the official answers), CLOSED with a report.
 */
public enum ConsultationStatus {

    PLANNED, OPEN, ENDED, CLOSED;

    static ConsultationStatus of(LocalDate startsOn, LocalDate endsOn, boolean closed, LocalDate today) {
        if (closed)
            return CLOSED;
        if (today.isBefore(startsOn))
            return PLANNED;
        if (!today.isAfter(endsOn))
            return OPEN;
        return ENDED;
    }

}
