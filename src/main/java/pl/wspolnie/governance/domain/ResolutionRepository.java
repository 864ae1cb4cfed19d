package pl.wspolnie.governance.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface ResolutionRepository extends JpaRepository<Resolution, Long> {

    Optional<Resolution> findByIdAndAgreementId(long id, long agreementId);

    @Query("select coalesce(max(r.number), 0) from Resolution r where r.agreementId = :agreementId and r.year = :year")
    int lastNumber(@Param("agreementId") long agreementId, @Param("year") int year);

    /**
     * The agreement's resolutions whose title contains the text or whose number is it
     * ("3/2026"), newest first.
     */
    @Query("""
            select r from Resolution r where r.agreementId = :agreementId
              and (:q = '' or lower(r.title) like concat('%', lower(:q), '%') or concat(r.number, '/', r.year) = :q)
            order by r.year desc, r.number desc""")
    List<Resolution> search(@Param("agreementId") long agreementId, @Param("q") String q);

    List<Resolution> findByMeetingIdOrderByNumberAsc(long meetingId);

    List<Resolution> findByChangesIdOrderByYearAscNumberAsc(long changesId);

    List<Resolution> findByIdIn(Collection<Long> ids);

    List<Resolution> findByAgreementIdAndYearOrderByNumberAsc(long agreementId, int year);

}
