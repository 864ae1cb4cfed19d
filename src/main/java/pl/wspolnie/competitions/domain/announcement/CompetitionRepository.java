package pl.wspolnie.competitions.domain.announcement;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Collection;

public interface CompetitionRepository extends JpaRepository<Competition, Long> {

    /**
     * The competition with its row locked until the transaction ends (SELECT … FOR
     * UPDATE).
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Competition c where c.id = :id")
    Optional<Competition> lockById(@Param("id") long id);

    /**
     * The competition with a shared row lock until the transaction ends (SELECT … FOR
     * SHARE): offers are submitted side by side, while a change of the competition itself
     * (a decision, an annulment, an edit) waits for them.
     */
    @Lock(LockModeType.PESSIMISTIC_READ)
    @Query("select c from Competition c where c.id = :id")
    Optional<Competition> lockSharedById(@Param("id") long id);

    @Query("select c from Competition c where c.status = pl.wspolnie.competitions.domain.announcement.CompetitionStatus.PUBLISHED "
            + "order by c.publishedAt desc limit 50")
    List<Competition> latestPublished();

    @Query("select c.id from Competition c where c.status = pl.wspolnie.competitions.domain.announcement.CompetitionStatus.PUBLISHED "
            + "and c.decidedAt is null and c.scoringNotifiedAt is null and c.offerDeadline < :now")
    List<Long> awaitingScoringNotice(@Param("now") Instant now);

    @Query("select c from Competition c where c.status = pl.wspolnie.competitions.domain.announcement.CompetitionStatus.DRAFT "
            + "and c.jstId in :jstIds order by c.createdAt desc limit 100")
    List<Competition> draftsOf(@Param("jstIds") Collection<Long> jstIds);

    @Query("select count(c) from Competition c where c.jstId = :jstId and c.publishedAt >= :from and c.publishedAt < :to")
    long countPublished(@Param("jstId") long jstId, @Param("from") Instant from, @Param("to") Instant to);

}
