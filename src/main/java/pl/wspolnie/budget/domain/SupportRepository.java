package pl.wspolnie.budget.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface SupportRepository extends JpaRepository<Support, Long> {

    boolean existsByProjectIdAndUserId(long projectId, long userId);

    long countByProjectId(long projectId);

}
