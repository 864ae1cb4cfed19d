package pl.wspolnie.budget.domain.review;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface AppealRepository extends JpaRepository<Appeal, Long> {

    Optional<Appeal> findByReviewId(long reviewId);

    List<Appeal> findByProjectIdOrderByFiledAt(long projectId);

    List<Appeal> findByEditionIdAndUpheldIsNullOrderByFiledAt(long editionId);

}
