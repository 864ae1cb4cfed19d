package pl.wspolnie.centre.domain;

/**
 * Staff confirmed ({@code confirmed}) or declined a pending request (the booking of the
 * room, or the only one).
 */
public record BookingDecided(long bookingId, boolean confirmed) {
}
