package pl.wspolnie.competitions.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

interface ReportRepository extends JpaRepository<Report, Long> {

    List<Report> findByOfferIdOrderById(long offerId);

    /** Contracts of the JSTs whose task ended before {@code endedBefore} without a submitted final report. */
    @Query("select k from Contract k where k.jstId in :jsts and k.periodTo < :endedBefore and not exists ("
            + "select r from Report r where r.offerId = k.offerId and r.kind = pl.wspolnie.competitions.domain.Report.Kind.FINAL "
            + "and r.submittedAt is not null) order by k.periodTo")
    List<Contract> overdue(@Param("jsts") Collection<Long> jsts, @Param("endedBefore") LocalDate endedBefore);

    /** Contracts whose task ended in [from, to] without a submitted final report and without a reminder yet. */
    @Query("select k from Contract k where k.periodTo between :from and :to and k.finalReminderSentAt is null "
            + "and not exists (select r from Report r where r.offerId = k.offerId "
            + "and r.kind = pl.wspolnie.competitions.domain.Report.Kind.FINAL and r.submittedAt is not null)")
    List<Contract> toRemind(@Param("from") LocalDate from, @Param("to") LocalDate to);
}
