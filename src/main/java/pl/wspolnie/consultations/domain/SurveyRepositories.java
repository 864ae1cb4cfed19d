package pl.wspolnie.consultations.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

interface SurveyQuestionRepository extends JpaRepository<SurveyQuestion, Long> {

    List<SurveyQuestion> findByConsultationIdOrderByPosition(long consultationId);
}

interface SurveyResponseRepository extends JpaRepository<SurveyResponse, Long> {

    boolean existsByConsultationIdAndUserId(long consultationId, long userId);

    long countByConsultationId(long consultationId);
}

interface SurveyAnswerRepository extends JpaRepository<SurveyAnswer, Long> {

    @Query("select a from SurveyAnswer a where a.questionId in "
            + "(select q.id from SurveyQuestion q where q.consultationId = :id) order by a.id")
    List<SurveyAnswer> ofConsultation(@Param("id") long consultationId);
}
