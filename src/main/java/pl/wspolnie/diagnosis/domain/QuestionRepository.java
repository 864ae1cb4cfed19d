package pl.wspolnie.diagnosis.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface QuestionRepository extends JpaRepository<Question, Long> {

    List<Question> findBySurveyIdOrderByPosition(long surveyId);

    @Query("select coalesce(max(q.position), 0) from Question q where q.surveyId = :surveyId")
    int lastPosition(long surveyId);

}
