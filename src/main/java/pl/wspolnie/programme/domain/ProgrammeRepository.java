package pl.wspolnie.programme.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ProgrammeRepository extends JpaRepository<Programme, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Programme p where p.id = :id")
    Optional<Programme> lockById(@Param("id") long id);

    List<Programme> findTop50ByOrderByYearFromDescIdDesc();

    List<Programme> findByJstIdAndStatusAndYearFromLessThanEqualAndYearToGreaterThanEqual(long jstId,
            Programme.Status status, int year1, int year2);

}
