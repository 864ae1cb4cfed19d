package pl.wspolnie.programme.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ProgrammeIndicatorRepository extends JpaRepository<ProgrammeIndicator, Long> {

    List<ProgrammeIndicator> findByProgrammeIdOrderById(long programmeId);

}
