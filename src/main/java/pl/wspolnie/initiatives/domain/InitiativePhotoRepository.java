package pl.wspolnie.initiatives.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

interface InitiativePhotoRepository extends JpaRepository<InitiativePhoto, Long> {

    /** The photos of an initiative without their content: id and description. */
    @Query("select new pl.wspolnie.initiatives.domain.InitiativeReports$PhotoRef(p.id, p.altText) from InitiativePhoto p "
            + "where p.initiativeId = :initiativeId order by p.id")
    List<InitiativeReports.PhotoRef> refs(long initiativeId);

    long countByInitiativeId(long initiativeId);

    /** The first photo of each of the initiatives, without content. */
    @Query("select new pl.wspolnie.initiatives.domain.Initiatives$Thumb(p.initiativeId, p.id, p.altText) "
            + "from InitiativePhoto p where p.id in (select min(q.id) from InitiativePhoto q "
            + "where q.initiativeId in :initiativeIds group by q.initiativeId)")
    List<Initiatives.Thumb> firstOf(Collection<Long> initiativeIds);

}
