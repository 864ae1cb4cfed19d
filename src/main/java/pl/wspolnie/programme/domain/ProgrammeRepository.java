package pl.wspolnie.programme.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ProgrammeRepository extends JpaRepository<Programme, Long> {

    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @org.springframework.data.jpa.repository.Query("select p from Programme p where p.id = :id")
    java.util.Optional<Programme> lockById(@org.springframework.data.repository.query.Param("id") long id);

    List<Programme> findTop50ByOrderByYearFromDescIdDesc();

    List<Programme> findByJstIdAndStatusAndYearFromLessThanEqualAndYearToGreaterThanEqual(long jstId,
            Programme.Status status, int year1, int year2);

}
