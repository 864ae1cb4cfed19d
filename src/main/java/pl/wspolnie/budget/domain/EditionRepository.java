package pl.wspolnie.budget.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.time.LocalDate;

interface EditionRepository extends JpaRepository<Edition, Long> {

    List<Edition> findAllByOrderByYearDescIdDesc();

    boolean existsByJstIdAndYear(long jstId, int year);

    boolean existsByJstIdAndYearAndIdNot(long jstId, int year, long id);

    @Query("select e from Edition e where e.votingFrom <= ?1 and e.votingTo >= ?1 and e.votingAnnounced = false")
    List<Edition> votingToAnnounce(LocalDate day);

}
