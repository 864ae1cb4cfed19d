package pl.wspolnie.governance.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface AgreementMeetingRepository extends JpaRepository<AgreementMeeting, Long> {

    List<AgreementMeeting> findByAgreementIdOrderByStartsAtDesc(long agreementId);

    Optional<AgreementMeeting> findByIdAndAgreementId(long id, long agreementId);

}
