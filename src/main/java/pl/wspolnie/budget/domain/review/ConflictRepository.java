package pl.wspolnie.budget.domain.review;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface ConflictRepository extends JpaRepository<Conflict, Long> {

    List<Conflict> findByEditionIdOrderByFlaggedAt(long editionId);

    @Query(value = "select * from budget_conflict where ?1 = any (project_ids) order by flagged_at", nativeQuery = true)
    List<Conflict> ofProject(long projectId);

    /**
     * The row locked until the transaction ends: two decisions at once are taken in turn.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select x from Conflict x where x.id = ?1")
    Optional<Conflict> lock(long id);

}
