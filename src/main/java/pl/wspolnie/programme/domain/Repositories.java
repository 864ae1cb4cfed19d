package pl.wspolnie.programme.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface ProgrammeRepository extends JpaRepository<Programme, Long> {
    List<Programme> findTop50ByOrderByYearFromDescIdDesc();

    List<Programme> findByJstIdAndStatusAndYearFromLessThanEqualAndYearToGreaterThanEqual(long jstId,
            Programme.Status status, int year1, int year2);
}

interface ProgrammeTaskRepository extends JpaRepository<ProgrammeTask, Long> {
    List<ProgrammeTask> findByProgrammeIdOrderById(long programmeId);
}

interface ProgrammeIndicatorRepository extends JpaRepository<ProgrammeIndicator, Long> {
    List<ProgrammeIndicator> findByProgrammeIdOrderById(long programmeId);
}

interface ProgrammeReportRepository extends JpaRepository<ProgrammeReport, Long> {
    Optional<ProgrammeReport> findByJstIdAndYear(long jstId, int year);
}

interface PlannedDirectionRepository extends JpaRepository<PlannedDirection, Long> {
    List<PlannedDirection> findByYearOrderBySphereCodeAscIdAsc(int year);
}
