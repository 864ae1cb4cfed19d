package pl.wspolnie.competitions.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ReasonRequestRepository extends JpaRepository<ReasonRequest, Long> {

    List<ReasonRequest> findByCompetitionIdOrderByAskedAt(long competitionId);

    List<ReasonRequest> findByCompetitionIdAndUserIdOrderByAskedAt(long competitionId, long userId);

}
