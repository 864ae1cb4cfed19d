package pl.wspolnie.competitions.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface AwardRepository extends JpaRepository<Award, Long> {

    List<Award> findByCompetitionIdOrderByAmountDesc(long competitionId);

}
