package pl.wspolnie.programme.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ProgrammeTaskRepository extends JpaRepository<ProgrammeTask, Long> {

    List<ProgrammeTask> findByProgrammeIdOrderById(long programmeId);

}
