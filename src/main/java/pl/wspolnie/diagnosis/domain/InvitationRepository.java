package pl.wspolnie.diagnosis.domain;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

import java.util.List;
import java.util.Optional;

interface InvitationRepository extends JpaRepository<Invitation, Long> {

    /**
     * Locked: two answers sent at once through one link are taken one after the other.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<Invitation> findByTokenHash(String tokenHash);

    Optional<Invitation> findOneByTokenHash(String tokenHash);

    List<Invitation> findBySurveyIdOrderByIdAsc(long surveyId);

    boolean existsBySurveyIdAndUsedAtIsNotNull(long surveyId);

}
