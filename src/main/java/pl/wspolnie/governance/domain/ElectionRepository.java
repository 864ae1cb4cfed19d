package pl.wspolnie.governance.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface ElectionRepository extends JpaRepository<Election, Long> {

    List<Election> findByAgreementIdOrderByCreatedAtDesc(long agreementId);

    Optional<Election> findByIdAndAgreementId(long id, long agreementId);

}
