package pl.wspolnie.consultations.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.LocalDate;
import java.util.List;

interface ConsultationRepository extends JpaRepository<Consultation, Long> {

    /**
     * jst 0 = every JST; status ALL or one of ConsultationStatus, evaluated for
     * {@code today}.
     */
    @Query("""
            select c from Consultation c
            where (:jst = 0 or c.jstId = :jst)
              and (:status = 'ALL'
                   or (:status = 'CLOSED' and c.closedAt is not null)
                   or (:status = 'PLANNED' and c.closedAt is null and c.startsOn > :today)
                   or (:status = 'OPEN' and c.closedAt is null and c.startsOn <= :today and c.endsOn >= :today)
                   or (:status = 'ENDED' and c.closedAt is null and c.endsOn < :today))
            order by c.startsOn desc, c.id desc""")
    Page<Consultation> search(@Param("jst") long jst, @Param("status") String status, @Param("today") LocalDate today,
            Pageable pageable);

    @Query("select c from Consultation c where c.jstId = :jst and c.startsOn <= :to and c.endsOn >= :from order by c.startsOn")
    List<Consultation> heldBetween(@Param("jst") long jst, @Param("from") LocalDate from, @Param("to") LocalDate to);

    /**
     * Every change of a remark or an answer raises the counter, which invalidates the
     * cached remarks markup.
     */
    @Modifying
    @Query(value = "update consultation set remarks_revision = remarks_revision + 1 where id = :id", nativeQuery = true)
    void remarksChanged(@Param("id") long id);

}
