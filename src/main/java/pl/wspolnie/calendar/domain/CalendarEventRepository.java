package pl.wspolnie.calendar.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

public interface CalendarEventRepository extends JpaRepository<CalendarEvent, Long> {

    /** NGOs' proposals waiting in these JSTs, soonest first. */
    @Query("select e from CalendarEvent e where e.status = pl.wspolnie.calendar.domain.EventStatus.PENDING "
            + "and e.jstId in ?1 order by e.startsAt, e.id")
    List<CalendarEvent> pendingIn(Collection<Long> jstIds);

}
