package pl.wspolnie.budget.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface ProjectVersionRepository extends JpaRepository<ProjectVersion, Long> {

    List<ProjectVersion> findByProjectIdOrderByNumberDesc(long projectId);

    Optional<ProjectVersion> findByProjectIdAndNumber(long projectId, int number);

}
