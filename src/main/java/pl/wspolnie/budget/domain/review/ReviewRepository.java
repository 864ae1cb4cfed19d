package pl.wspolnie.budget.domain.review;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface ReviewRepository extends JpaRepository<Review, Long> {

    Optional<Review> findByProjectIdAndStage(long projectId, ReviewStage stage);

    List<Review> findByProjectIdOrderByReviewedAt(long projectId);

}
