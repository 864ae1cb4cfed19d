package pl.wspolnie.governance.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface PartyRepository extends JpaRepository<Party, Long> {

    List<Party> findByAgreementIdOrderByJoinedOnAscNameAsc(long agreementId);

    boolean existsByAgreementIdAndKindAndSubjectIdAndStatusIn(long agreementId, Party.Kind kind, long subjectId,
            Collection<Party.Status> statuses);

    Optional<Party> findByIdAndAgreementId(long id, long agreementId);

}
