package pl.wspolnie.governance.domain;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface AgreementActionRepository extends JpaRepository<AgreementAction, Long> {

    @EntityGraph(attributePaths = { "partyIds", "years" })
    List<AgreementAction> findByAgreementIdOrderByGoalAscIdAsc(long agreementId);

    Optional<AgreementAction> findByIdAndAgreementId(long id, long agreementId);

}
