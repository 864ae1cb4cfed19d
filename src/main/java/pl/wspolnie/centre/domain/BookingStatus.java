package pl.wspolnie.centre.domain;

/**
 * A booking is confirmed as soon as it is requested, when the resource is free and the rules allow it (the
 * database refuses an overlap); staff or the requester may cancel it later, with a reason.
 */
public enum BookingStatus {
    CONFIRMED, CANCELLED
}
