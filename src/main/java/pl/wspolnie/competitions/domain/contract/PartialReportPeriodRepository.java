package pl.wspolnie.competitions.domain.contract;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.List;

public interface PartialReportPeriodRepository extends JpaRepository<PartialReportPeriod, Long> {

    List<PartialReportPeriod> findByOfferIdOrderByPosition(long offerId);

    /**
     * The periods due between the two days (inclusive), not reminded yet and without a
     * submitted partial report for them.
     */
    @Query(nativeQuery = true, value = """
            select p.* from competition_contract_partial_period p
            where p.due_on between :from and :to and p.reminder_sent_at is null
              and not exists (select 1 from competition_report r where r.offer_id = p.offer_id and r.kind = 'PARTIAL'
                              and r.period_from = p.period_from and r.status <> 'DRAFT')
            """)
    List<PartialReportPeriod> toRemind(LocalDate from, LocalDate to);

}
