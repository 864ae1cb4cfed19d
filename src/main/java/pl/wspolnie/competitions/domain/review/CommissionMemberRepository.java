package pl.wspolnie.competitions.domain.review;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface CommissionMemberRepository extends JpaRepository<CommissionMember, Long> {

    List<CommissionMember> findByCompetitionIdOrderById(long competitionId);

    Optional<CommissionMember> findByCompetitionIdAndUserId(long competitionId, long userId);

}
