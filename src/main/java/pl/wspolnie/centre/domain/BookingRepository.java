package pl.wspolnie.centre.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.time.Duration;
import org.springframework.data.repository.query.Param;

public interface BookingRepository extends JpaRepository<Booking, Long> {

    /**
     * Bookings holding the time (confirmed and pending) overlapping [from, to). A booking
     * lasts at most a day (it ends on the day it starts), so the lower bound on starts_at
     * keeps this an index range scan of the week instead of the resource's history.
     */
    @Query("select new pl.wspolnie.centre.domain.BookingRepository$Held(b.id, b.organizationId, b.startsAt, b.endsAt, "
            + "b.purpose, b.status) from Booking b where b.resourceId = ?1 and b.status in ('CONFIRMED', 'PENDING') "
            + "and b.startsAt >= ?4 and b.startsAt < ?3 and b.endsAt > ?2 order by b.startsAt")
    List<Held> holdingBetween(long resourceId, Instant from, Instant to, Instant startsNotBefore);

    default List<Held> holdingBetween(long resourceId, Instant from, Instant to) {
        return holdingBetween(resourceId, from, to, from.minus(Duration.ofDays(1)));
    }

    /**
     * One row about the bookings holding time in [from, to): how many, a hash of their
     * ids, versions and statuses (so any new, changed, moved or cancelled booking changes
     * it), how many pending ones have started (shown as expired from then on), and
     * whether any belongs to one of the given organisations.
     */
    @Query(nativeQuery = true, value = """
            select count(*) as count,
                   coalesce(sum(hashtextextended(id || ':' || version || ':' || status, 0)), 0)::text as hash,
                   count(*) filter (where status = 'PENDING' and starts_at <= :now) as started,
                   coalesce(bool_or(organization_id in (:organizations)), false) as own
            from centre_booking
            where resource_id = :resource and status in ('CONFIRMED', 'PENDING')
              and starts_at >= :notBefore and starts_at < :to and ends_at > :from""")
    HeldSummary summaryBetween(@Param("resource") long resourceId, @Param("from") Instant from, @Param("to") Instant to,
            @Param("notBefore") Instant startsNotBefore, @Param("now") Instant now,
            @Param("organizations") Collection<Long> organizations);

    interface HeldSummary {

        long getCount();

        String getHash();

        long getStarted();

        boolean getOwn();

    }

    /** What the week view shows of a booking, read without loading the entity. */
    record Held(long id, long organizationId, Instant startsAt, Instant endsAt, String purpose, BookingStatus status) {

        BookingStatus statusAt(Instant now) {
            return Booking.expired(status, startsAt, now) ? BookingStatus.EXPIRED : status;
        }
    }

    @Query("select b from Booking b where (b.requestedBy = ?1 or b.organizationId in ?2) and b.endsAt > ?3 order by b.startsAt")
    List<Booking> upcomingFor(long userId, Collection<Long> organizationIds, Instant now);

    List<Booking> findByRequestGroup(UUID group);

    /** Pending requests of the centre's resources, soonest first. */
    @Query("select b from Booking b where b.status = 'PENDING' and b.resourceId in "
            + "(select r.id from Resource r where r.centreId = ?1) order by b.startsAt, b.id")
    List<Booking> pendingOfCentre(long centreId);

    @Query("select b from Booking b where b.status = 'PENDING' and b.startsAt <= ?1")
    List<Booking> pendingStartedBy(Instant now);

}
