package pl.wspolnie.budget.domain.implementation;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface ImplementationRepository extends JpaRepository<Implementation, Long> {

    Optional<Implementation> findByProjectId(long projectId);

    List<Implementation> findByEditionId(long editionId);

}
