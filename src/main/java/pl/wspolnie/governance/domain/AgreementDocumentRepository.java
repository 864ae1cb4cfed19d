package pl.wspolnie.governance.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface AgreementDocumentRepository extends JpaRepository<AgreementDocument, Long> {

    List<AgreementDocument> findByAgreementIdOrderByKindAscTitleAsc(long agreementId);

    Optional<AgreementDocument> findByIdAndAgreementId(long id, long agreementId);

}
