package pl.wspolnie.budget.domain.implementation;

import org.springframework.data.jpa.repository.JpaRepository;

interface MilestonePhotoRepository extends JpaRepository<MilestonePhoto, Long> {

    long countByMilestoneId(long milestoneId);

}
