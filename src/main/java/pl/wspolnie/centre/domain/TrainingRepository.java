package pl.wspolnie.centre.domain;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.Optional;
import java.util.List;

public interface TrainingRepository extends JpaRepository<Training, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from Training t where t.id = ?1")
    Optional<Training> lockById(long id);

    @Query("select new pl.wspolnie.centre.domain.Trainings$Row(t.id, t.kind, t.title, t.startsAt, t.place, "
            + "t.applicationsClose) from Training t where t.endsAt >= ?1 and t.cancelledAt is null order by t.startsAt, t.id")
    List<Trainings.Row> upcoming(Instant now, Pageable page);

    @Query("select count(t) from Training t where t.endsAt >= ?1 and t.cancelledAt is null")
    long countUpcoming(Instant now);

}
