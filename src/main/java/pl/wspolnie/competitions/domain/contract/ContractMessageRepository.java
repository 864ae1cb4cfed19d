package pl.wspolnie.competitions.domain.contract;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface ContractMessageRepository extends JpaRepository<ContractMessage, Long> {

    List<ContractMessage> findByOfferIdOrderByCreatedAtAscIdAsc(long offerId);

}
