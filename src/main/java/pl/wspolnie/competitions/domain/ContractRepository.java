package pl.wspolnie.competitions.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContractRepository extends JpaRepository<Contract, Long> {

    boolean existsByJstIdAndNumber(long jstId, String number);

}
