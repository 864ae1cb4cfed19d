package pl.wspolnie.competitions.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface CommissionMemberRepository extends JpaRepository<CommissionMember, Long> {

    List<CommissionMember> findByCompetitionIdOrderById(long competitionId);

    Optional<CommissionMember> findByCompetitionIdAndUserId(long competitionId, long userId);
}

interface EvaluationRepository extends JpaRepository<Evaluation, Long> {

    List<Evaluation> findByOfferId(long offerId);

    Optional<Evaluation> findByOfferIdAndMemberId(long offerId, long memberId);

    List<Evaluation> findByOfferIdIn(java.util.Collection<Long> offerIds);
}

interface NominationRepository extends JpaRepository<Nomination, Long> {

    List<Nomination> findByCompetitionIdOrderById(long competitionId);

    List<Nomination> findByCompetitionIdAndOrganizationIdInOrderById(long competitionId, java.util.Collection<Long> organizationIds);

    boolean existsByCompetitionIdAndOrganizationIdAndNomineeUserId(long competitionId, long organizationId, long nomineeUserId);
}
