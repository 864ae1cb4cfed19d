package pl.wspolnie.competitions.domain.contract;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

public interface ReportRepository extends JpaRepository<Report, Long> {

    List<Report> findByOfferIdOrderById(long offerId);

    /**
     * One page of the contracts of the JSTs whose task ended before {@code endedBefore}
     * without a submitted final report, with the offer's title (one statement for the
     * page, one for the count).
     */
    @Query(value = "select new pl.wspolnie.competitions.domain.contract.OverdueContract(k.offerId, k.number, o.title, k.endsOn) "
            + "from Contract k join Offer o on o.id = k.offerId where k.jstId in :jsts and k.endsOn < :endedBefore "
            + "and not exists (select r from Report r where r.offerId = k.offerId "
            + "and r.kind = pl.wspolnie.competitions.domain.contract.Report.Kind.FINAL and r.submittedAt is not null) "
            + "order by k.endsOn, k.offerId",
            countQuery = "select count(k) from Contract k where k.jstId in :jsts and k.endsOn < :endedBefore "
                    + "and not exists (select r from Report r where r.offerId = k.offerId "
                    + "and r.kind = pl.wspolnie.competitions.domain.contract.Report.Kind.FINAL and r.submittedAt is not null)")
    Page<OverdueContract> overdue(@Param("jsts") Collection<Long> jsts, @Param("endedBefore") LocalDate endedBefore,
            Pageable page);

    /**
     * Contracts whose task ended in [from, to] without a submitted final report and
     * without a reminder yet, locked for the caller's transaction; rows another run has
     * locked are skipped (lock timeout -2 = SKIP LOCKED), so two runs at once never
     * remind of one contract twice.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "-2"))
    @Query("select k from Contract k where k.endsOn between :from and :to and k.finalReminderSentAt is null "
            + "and not exists (select r from Report r where r.offerId = k.offerId "
            + "and r.kind = pl.wspolnie.competitions.domain.contract.Report.Kind.FINAL and r.submittedAt is not null)")
    List<Contract> toRemind(@Param("from") LocalDate from, @Param("to") LocalDate to);

}
