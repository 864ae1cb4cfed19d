package pl.wspolnie.budget.domain.implementation;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

interface MilestonePhotoRepository extends JpaRepository<MilestonePhoto, Long> {

    /** The photos' ids and descriptions, without their content. */
    @Query("select new pl.wspolnie.budget.domain.implementation.PhotoRef(p.id, p.milestoneId, p.altText)"
            + " from MilestonePhoto p where p.milestoneId in ?1 order by p.id")
    List<PhotoRef> refs(Collection<Long> milestoneIds);

    long countByMilestoneId(long milestoneId);

}
