package pl.wspolnie.competitions.domain.decision;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface ReasonRequestRepository extends JpaRepository<ReasonRequest, Long> {

    List<ReasonRequest> findByCompetitionIdOrderByAskedAt(long competitionId);

    List<ReasonRequest> findByCompetitionIdAndUserIdOrderByAskedAt(long competitionId, long userId);

}
