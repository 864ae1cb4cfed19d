package pl.wspolnie.budget.domain.implementation;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface MilestoneRepository extends JpaRepository<Milestone, Long> {

    List<Milestone> findByProjectIdOrderByPlannedOnAscIdAsc(long projectId);

}
