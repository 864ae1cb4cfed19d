package pl.wspolnie.competitions.domain.smallgrant;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface SmallGrantRepository extends JpaRepository<SmallGrant, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select g from SmallGrant g where g.offerId = :id")
    Optional<SmallGrant> lockById(@Param("id") long id);

    /**
     * The grants awarded in this mode by a JST to an organisation for offers of a year.
     */
    @Query("select coalesce(sum(g.amount), 0) from SmallGrant g where g.jstId = :jst and g.organizationId = :org "
            + "and g.status = pl.wspolnie.competitions.domain.smallgrant.SmallGrantStatus.AWARDED "
            + "and g.offerDate >= :from and g.offerDate < :to")
    BigDecimal awardedTo(@Param("jst") long jstId, @Param("org") long organizationId, @Param("from") LocalDate from,
            @Param("to") LocalDate to);

    /** The grants awarded in this mode by a JST for offers of a year. */
    @Query("select coalesce(sum(g.amount), 0) from SmallGrant g where g.jstId = :jst "
            + "and g.status = pl.wspolnie.competitions.domain.smallgrant.SmallGrantStatus.AWARDED "
            + "and g.offerDate >= :from and g.offerDate < :to")
    BigDecimal awardedBy(@Param("jst") long jstId, @Param("from") LocalDate from, @Param("to") LocalDate to);

    List<SmallGrant> findByJstIdAndStatusInOrderByPublishedOnDesc(long jstId, List<SmallGrantStatus> statuses);

    List<SmallGrant> findByJstIdInAndStatusOrderByOfferDate(List<Long> jstIds, SmallGrantStatus status);

    @Query("select g from SmallGrant g where g.jstId = :jst "
            + "and g.status = pl.wspolnie.competitions.domain.smallgrant.SmallGrantStatus.AWARDED "
            + "and g.offerDate >= :from and g.offerDate < :to order by g.offerDate, g.offerId")
    List<SmallGrant> awardedIn(@Param("jst") long jstId, @Param("from") LocalDate from, @Param("to") LocalDate to);

    List<SmallGrant> findTop50ByPublishedOnIsNotNullOrderByJudgedAtDesc();

    /**
     * Where the contracts of these offers stand (the competitions' contract and final
     * report of each): offer id, the final report's status (null without one), the amount
     * to return once settled; offers without a contract are not listed.
     */
    @Query(value = "select k.offer_id, r.status, r.to_return from competition_contract k "
            + "left join competition_report r on r.offer_id = k.offer_id and r.kind = 'FINAL' "
            + "where k.offer_id in (:ids)", nativeQuery = true)
    List<Object[]> settlementOf(@Param("ids") Collection<Long> offerIds);

}
