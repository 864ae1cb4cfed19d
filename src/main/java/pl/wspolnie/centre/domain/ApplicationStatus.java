package pl.wspolnie.centre.domain;

/**
 * ACCEPTED (a seat), WAITING (waiting list, first-come recruitment), PENDING (awaiting
 * the organiser's selection), REJECTED, CANCELLED (by the applicant; frees the seat for
 * the first on the waiting list).
 */
public enum ApplicationStatus {

    ACCEPTED, WAITING, PENDING, REJECTED, CANCELLED;

    /**
     * Still in the recruitment (a seat, on the waiting list or awaiting selection): the
     * applicant may cancel it.
     */
    public boolean isActive() {
        return this == ACCEPTED || this == WAITING || this == PENDING;
    }

}
