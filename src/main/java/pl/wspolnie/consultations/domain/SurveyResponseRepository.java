package pl.wspolnie.consultations.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyResponseRepository extends JpaRepository<SurveyResponse, Long> {

    boolean existsByConsultationIdAndUserId(long consultationId, long userId);

    long countByConsultationId(long consultationId);

}
