package pl.wspolnie.competitions.domain.contract;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

public interface ControlRecommendationRepository extends JpaRepository<ControlRecommendation, Long> {

    List<ControlRecommendation> findByControlIdInOrderByDeadlineAscIdAsc(Collection<Long> controlIds);

}
