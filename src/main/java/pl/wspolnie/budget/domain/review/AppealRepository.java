package pl.wspolnie.budget.domain.review;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface AppealRepository extends JpaRepository<Appeal, Long> {

    Optional<Appeal> findByReviewId(long reviewId);

    List<Appeal> findByProjectIdOrderByFiledAt(long projectId);

    List<Appeal> findByEditionIdAndUpheldIsNullOrderByFiledAt(long editionId);

    /**
     * The row locked until the transaction ends: two decisions at once are taken in turn.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select x from Appeal x where x.id = ?1")
    Optional<Appeal> lock(long id);

}
