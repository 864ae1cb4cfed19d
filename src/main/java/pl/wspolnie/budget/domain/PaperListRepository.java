package pl.wspolnie.budget.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface PaperListRepository extends JpaRepository<PaperList, Long> {

    Optional<PaperList> findByProjectId(long projectId);

}
