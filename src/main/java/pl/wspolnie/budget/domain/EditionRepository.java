package pl.wspolnie.budget.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface EditionRepository extends JpaRepository<Edition, Long> {

    List<Edition> findAllByOrderByYearDescIdDesc();

    boolean existsByJstIdAndYear(long jstId, int year);

    boolean existsByJstIdAndYearAndIdNot(long jstId, int year, long id);

}
