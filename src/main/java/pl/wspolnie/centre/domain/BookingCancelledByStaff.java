package pl.wspolnie.centre.domain;

import java.util.List;

/**
 * Centre staff cancelled somebody else's booking or pending request; {@code bookingIds}
 * are the rows cancelled together (the first is the one asked for, e.g. the room, then
 * the equipment booked with it); {@code wasPending} when it was a request still waiting
 * for staff.
 */
public record BookingCancelledByStaff(List<Long> bookingIds, boolean wasPending) {
}
