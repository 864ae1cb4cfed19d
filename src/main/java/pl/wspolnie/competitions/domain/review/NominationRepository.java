package pl.wspolnie.competitions.domain.review;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Collection;

public interface NominationRepository extends JpaRepository<Nomination, Long> {

    List<Nomination> findByCompetitionIdOrderById(long competitionId);

    List<Nomination> findByCompetitionIdAndOrganizationIdInOrderById(long competitionId,
            Collection<Long> organizationIds);

    boolean existsByCompetitionIdAndOrganizationIdAndNomineeUserId(long competitionId, long organizationId,
            long nomineeUserId);

}
