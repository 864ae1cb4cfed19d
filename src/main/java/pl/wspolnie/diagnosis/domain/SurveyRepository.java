package pl.wspolnie.diagnosis.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface SurveyRepository extends JpaRepository<Survey, Long> {

    @Query("select s from Survey s where s.jstId in :jstIds and s.ownerRef is null order by s.createdAt desc")
    List<Survey> ofJsts(Collection<Long> jstIds);

    @Query("select s from Survey s where s.templateCode is not null order by s.id")
    List<Survey> templates();

    Optional<Survey> findByTemplateCode(String templateCode);

    Optional<Survey> findByOwnerRef(String ownerRef);

    @Query("select s from Survey s where s.publishedAt is not null and s.jstId is not null and s.ownerRef is null order by s.endsOn desc")
    List<Survey> published();

}
