package pl.wspolnie.programme.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;
import java.util.List;

interface ProgrammeReportRepository extends JpaRepository<ProgrammeReport, Long> {

    Optional<ProgrammeReport> findByJstIdAndYear(long jstId, int year);

    List<ProgrammeReport> findByPublishedAtIsNotNullOrderByYearDescJstIdAsc();

}
