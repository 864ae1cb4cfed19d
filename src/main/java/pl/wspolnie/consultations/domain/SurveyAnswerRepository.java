package pl.wspolnie.consultations.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

interface SurveyAnswerRepository extends JpaRepository<SurveyAnswer, Long> {

    @Query("select a from SurveyAnswer a where a.questionId in "
            + "(select q.id from SurveyQuestion q where q.consultationId = :id) order by a.id")
    List<SurveyAnswer> ofConsultation(@Param("id") long consultationId);

}
