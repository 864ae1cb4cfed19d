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

    /**
     * The authors of the projects on the ballot (positive final result of the review).
     */
    @Query(value = """
            select distinct p.author_id from budget_project p
            join budget_project_standing s on s.project_id = p.id and s.standing = 'ON_BALLOT'
            where p.edition_id = ?1""", nativeQuery = true)
    List<Long> authorsOnBallot(long editionId);

}
