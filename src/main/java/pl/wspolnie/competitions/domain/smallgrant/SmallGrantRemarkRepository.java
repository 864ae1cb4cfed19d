package pl.wspolnie.competitions.domain.smallgrant;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface SmallGrantRemarkRepository extends JpaRepository<SmallGrantRemark, Long> {

    List<SmallGrantRemark> findByOfferIdOrderByCreatedAt(long offerId);

    long countByOfferIdAndAnswerIsNull(long offerId);

}
