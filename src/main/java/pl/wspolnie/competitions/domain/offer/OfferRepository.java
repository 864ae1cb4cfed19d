package pl.wspolnie.competitions.domain.offer;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface OfferRepository extends JpaRepository<Offer, Long> {

    @Query("select o.competitionId from Offer o where o.id = :id")
    Optional<Long> competitionIdOf(@Param("id") long id);

    /**
     * The offer with its row locked until the transaction ends (SELECT … FOR UPDATE): an
     * autosave and a click on "Save" or "Submit" arriving together, or the same offer
     * submitted twice at once, wait for each other instead of failing on the optimistic
     * version.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from Offer o where o.id = :id")
    Optional<Offer> lockById(@Param("id") long id);

    @Query("select distinct o from Offer o join o.organizationIds org where o.competitionId = :competitionId "
            + "and org in :organizationIds order by o.id")
    List<Offer> findByCompetitionAndOrganizations(@Param("competitionId") long competitionId,
            @Param("organizationIds") Collection<Long> organizationIds);

    @Query("select distinct o from Offer o join o.organizationIds org where org in :organizationIds "
            + "and o.mode = pl.wspolnie.competitions.domain.offer.OfferMode.COMPETITION order by o.id desc")
    List<Offer> findByOrganizations(@Param("organizationIds") Collection<Long> organizationIds);

    @Query("select o from Offer o where o.competitionId = :competitionId "
            + "and o.status in (pl.wspolnie.competitions.domain.offer.OfferStatus.SUBMITTED, "
            + "pl.wspolnie.competitions.domain.offer.OfferStatus.CORRECTION, "
            + "pl.wspolnie.competitions.domain.offer.OfferStatus.BUDGET_UPDATE) order by o.submittedAt")
    List<Offer> findSubmitted(@Param("competitionId") long competitionId);

    @Query("select count(o) from Offer o where o.competitionId = :competitionId "
            + "and o.status in (pl.wspolnie.competitions.domain.offer.OfferStatus.SUBMITTED, "
            + "pl.wspolnie.competitions.domain.offer.OfferStatus.CORRECTION, "
            + "pl.wspolnie.competitions.domain.offer.OfferStatus.BUDGET_UPDATE)")
    long countSubmitted(@Param("competitionId") long competitionId);

    @Query("select distinct o from Offer o join o.organizationIds org where org in :organizationIds "
            + "and o.mode = pl.wspolnie.competitions.domain.offer.OfferMode.SMALL_GRANT order by o.id desc")
    List<Offer> findSmallGrantsOf(@Param("organizationIds") Collection<Long> organizationIds);

}
