package pl.wspolnie.budget.domain.review;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface ConflictRepository extends JpaRepository<Conflict, Long> {

    List<Conflict> findByEditionIdOrderByFlaggedAt(long editionId);

    @Query(value = "select * from budget_conflict where ?1 = any (project_ids) order by flagged_at", nativeQuery = true)
    List<Conflict> ofProject(long projectId);

}
