package pl.wspolnie.council.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

interface OpinionRequestRepository extends JpaRepository<OpinionRequest, Long> {

    List<OpinionRequest> findByJstIdOrderByRequestedAtDesc(long jstId);

    List<OpinionRequest> findByConsultationIdOrderByRequestedAt(long consultationId);

    List<OpinionRequest> findByStatusAndDeadlineBefore(OpinionRequest.Status status, LocalDate date);

    @Query("select r from OpinionRequest r where r.jstId = :jst and r.requestedAt >= :from and r.requestedAt < :to")
    List<OpinionRequest> requestedBetween(@Param("jst") long jstId, @Param("from") Instant from,
            @Param("to") Instant to);

}
