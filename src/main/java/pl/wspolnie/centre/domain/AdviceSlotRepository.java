package pl.wspolnie.centre.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

public interface AdviceSlotRepository extends JpaRepository<AdviceSlot, Long> {

    @Query("select s from AdviceSlot s where s.centreId = ?1 and not s.cancelled and s.startsAt > ?2 and not exists "
            + "(select b from AdviceBooking b where b.slotId = s.id and b.status = 'BOOKED') order by s.startsAt, s.id")
    List<AdviceSlot> freeAfter(long centreId, Instant now);

    @Query("select s from AdviceSlot s where s.centreId in ?1 and not s.cancelled and s.startsAt >= ?2 and s.startsAt < ?3 order by s.startsAt, s.id")
    List<AdviceSlot> between(Collection<Long> centreIds, Instant from, Instant to);

}
