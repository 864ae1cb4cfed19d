package pl.wspolnie.consultations.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface SurveyQuestionRepository extends JpaRepository<SurveyQuestion, Long> {

    List<SurveyQuestion> findByConsultationIdOrderByPosition(long consultationId);

}
