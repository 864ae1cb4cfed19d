package pl.wspolnie.programme.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ProgrammeRepository extends JpaRepository<Programme, Long> {

    List<Programme> findTop50ByOrderByYearFromDescIdDesc();

    List<Programme> findByJstIdAndStatusAndYearFromLessThanEqualAndYearToGreaterThanEqual(long jstId,
            Programme.Status status, int year1, int year2);

}
