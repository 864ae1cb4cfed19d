package pl.wspolnie.competitions.domain.review;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;
import java.util.Collection;

public interface EvaluationRepository extends JpaRepository<Evaluation, Long> {

    List<Evaluation> findByOfferId(long offerId);

    Optional<Evaluation> findByOfferIdAndMemberId(long offerId, long memberId);

    List<Evaluation> findByOfferIdIn(Collection<Long> offerIds);

}
