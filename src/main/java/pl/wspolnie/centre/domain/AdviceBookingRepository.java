package pl.wspolnie.centre.domain;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

public interface AdviceBookingRepository extends JpaRepository<AdviceBooking, Long> {

    @Query("select b from AdviceBooking b where b.slotId in ?1 and b.status = 'BOOKED'")
    List<AdviceBooking> bookedFor(Collection<Long> slotIds);

    @Query("select b from AdviceBooking b where b.bookedBy = ?1 or b.organizationId in ?2 order by b.createdAt desc")
    List<AdviceBooking> of(long userId, Collection<Long> organizationIds);

    /**
     * Bookings to remind of, locked for the caller; rows another run holds are skipped
     * (-2 = SKIP LOCKED).
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "-2"))
    @Query("select b from AdviceBooking b, AdviceSlot s where s.id = b.slotId and b.status = 'BOOKED' "
            + "and b.reminderSentAt is null and s.startsAt >= ?1 and s.startsAt < ?2")
    List<AdviceBooking> dueForReminder(Instant from, Instant to);

}
