package pl.wspolnie.competitions.domain.contract;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface ContractControlRepository extends JpaRepository<ContractControl, Long> {

    List<ContractControl> findByOfferIdOrderByPlannedFromAscIdAsc(long offerId);

}
