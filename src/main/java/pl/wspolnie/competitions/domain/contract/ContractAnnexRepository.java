package pl.wspolnie.competitions.domain.contract;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ContractAnnexRepository extends JpaRepository<ContractAnnex, Long> {

    List<ContractAnnex> findByOfferIdOrderByIdAsc(long offerId);

}
