package pl.wspolnie.competitions.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;

interface OfferRepository extends JpaRepository<Offer, Long> {

    /**
     * The offer with its row locked until the transaction ends (SELECT … FOR UPDATE): an autosave and a click on
     * "Save" or "Submit" arriving together wait for each other instead of failing on the optimistic version.
     */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from Offer o where o.id = :id")
    java.util.Optional<Offer> lockById(@Param("id") long id);

    @Query("select distinct o from Offer o join o.organizationIds org where o.competitionId = :competitionId "
            + "and org in :organizationIds order by o.id")
    List<Offer> findByCompetitionAndOrganizations(@Param("competitionId") long competitionId,
                                                  @Param("organizationIds") Collection<Long> organizationIds);

    @Query("select distinct o from Offer o join o.organizationIds org where org in :organizationIds order by o.id desc")
    List<Offer> findByOrganizations(@Param("organizationIds") Collection<Long> organizationIds);

    @Query("select o from Offer o where o.competitionId = :competitionId "
            + "and o.status in (pl.wspolnie.competitions.domain.OfferStatus.SUBMITTED, "
            + "pl.wspolnie.competitions.domain.OfferStatus.CORRECTION, "
            + "pl.wspolnie.competitions.domain.OfferStatus.BUDGET_UPDATE) order by o.submittedAt")
    List<Offer> findSubmitted(@Param("competitionId") long competitionId);
}
