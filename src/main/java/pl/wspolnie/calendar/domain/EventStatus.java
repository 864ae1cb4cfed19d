package pl.wspolnie.calendar.domain;

/**
 * An event of the calendar: PUBLISHED (in the calendar), PENDING (an NGO's proposal
 * waiting for the liaison officer or centre staff), REJECTED (with the reason).
 */
public enum EventStatus {

    PENDING, PUBLISHED, REJECTED

}
