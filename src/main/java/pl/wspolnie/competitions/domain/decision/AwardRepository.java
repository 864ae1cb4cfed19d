package pl.wspolnie.competitions.domain.decision;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface AwardRepository extends JpaRepository<Award, Long> {

    List<Award> findByCompetitionIdOrderByAmountDesc(long competitionId);

}
