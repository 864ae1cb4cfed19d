package pl.wspolnie.budget.domain;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface PaperCardRepository extends JpaRepository<PaperCard, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from PaperCard c where c.editionId = ?1 and c.number = ?2")
    Optional<PaperCard> lock(long editionId, String number);

    List<PaperCard> findByEditionIdAndStateOrderByNumber(long editionId, PaperCardState state);

}
