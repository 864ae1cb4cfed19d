package pl.wspolnie.diagnosis.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;

interface DraftRepository extends JpaRepository<Draft, Long> {

    @Query("""
            select d from Draft d where d.surveyId = :surveyId and d.userId = :userId
            and (d.organizationId = :organizationId or :organizationId is null and d.organizationId is null)""")
    Optional<Draft> find(long surveyId, long userId, Long organizationId);

}
