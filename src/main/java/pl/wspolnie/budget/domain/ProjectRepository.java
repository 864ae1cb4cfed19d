package pl.wspolnie.budget.domain;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface ProjectRepository extends JpaRepository<Project, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Project p where p.id = ?1")
    Optional<Project> lock(long id);

    List<Project> findByAuthorIdOrderByUpdatedAtDesc(long authorId);

    @Query("select distinct p.authorId from Project p where p.editionId = ?1 and p.submittedVersions > 0")
    List<Long> authorsOfSubmitted(long editionId);

}
