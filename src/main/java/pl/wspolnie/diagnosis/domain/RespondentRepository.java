package pl.wspolnie.diagnosis.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RespondentRepository extends JpaRepository<Respondent, Long> {

    boolean existsBySurveyId(long surveyId);

    @Query("""
            select count(r) > 0 from Respondent r where r.surveyId = :surveyId
            and (r.organizationId = :organizationId or :organizationId is null and r.userId = :userId
            and r.organizationId is null)""")
    boolean answered(long surveyId, long userId, Long organizationId);

}
